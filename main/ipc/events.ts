/**
 * Main → renderer event channels. Kept apart from channels.ts so the preload can import the names
 * without bundling the schema library.
 */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const OPEN_REQUEST_CHANNEL = 'shell:openRequest';
