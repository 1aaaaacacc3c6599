import { createBrowserRouter } from 'react-router';
import { Shell } from './screens/Shell';
import { Inbox } from './screens/Inbox';
import { RecordList } from './screens/RecordList';
import { RecordPage } from './screens/RecordPage';
import { ItemForm } from './screens/ItemForm';
import { BomForm } from './screens/BomForm';
import { ChangeRequestPage } from './screens/ChangeRequestPage';

// made after sign-in, so it reads the address the user came back to, not Keycloak's callback
export const createRouter = () =>
  createBrowserRouter(
  [
    {
      path: '/',
      element: <Shell />,
      children: [
        { index: true, element: <Inbox /> },
        { path: 'items', element: <RecordList domain="items" /> },
        { path: 'items/new', element: <ItemForm /> },
        { path: 'items/:id/edit', element: <ItemForm /> },
        { path: 'items/:id', element: <RecordPage domain="items" /> },
        { path: 'boms', element: <RecordList domain="boms" /> },
        { path: 'boms/new', element: <BomForm /> },
        { path: 'boms/:id', element: <RecordPage domain="boms" /> },
        { path: 'suppliers', element: <RecordList domain="suppliers" /> },
        { path: 'suppliers/:id', element: <RecordPage domain="suppliers" /> },
        { path: 'customers', element: <RecordList domain="customers" /> },
        { path: 'customers/:id', element: <RecordPage domain="customers" /> },
        { path: 'change-requests/:id', element: <ChangeRequestPage /> },
        { path: '*', element: <p role="alert">No such page.</p> },
      ],
    },
  ],
  { basename: '/ui' },
);
