package org.ccmdesk.system;

import java.util.List;

/**
 * The main menu links a module contributes; the layout shows each user those meant for
 * them.
 */
public interface MenuEntries {

    List<MenuEntry> menuEntries();

}
