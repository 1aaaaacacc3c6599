import { NavLink, Outlet } from 'react-router';
import { useSession } from '../auth/context';
import { canEdit } from '../auth/roles';

/** The frame of every screen: navigation, who is signed in with which roles, sign-out. */
export function Shell() {
  const { me, users } = useSession();
  const roles = me.roles.filter((r) => r.startsWith('mdm-'));
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">MDM Hub</span>
        <nav aria-label="Main">
          <NavLink to="/" end>Inbox</NavLink>
          <NavLink to="/items">Items</NavLink>
          <NavLink to="/boms">BOMs</NavLink>
          <NavLink to="/suppliers">Suppliers</NavLink>
          <NavLink to="/customers">Customers</NavLink>
          {canEdit(me) && <NavLink to="/items/new">New item</NavLink>}
          {canEdit(me) && <NavLink to="/boms/new">New BOM</NavLink>}
        </nav>
        <div className="who">
          <span data-testid="user-name">{me.name}</span>{' '}
          <span className="roles" data-testid="user-roles">{roles.join(', ')}</span>{' '}
          <button type="button" onClick={() => void users.signoutRedirect()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
