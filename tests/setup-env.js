// Importing natural calls dotenv.config(), which prints tips unless told to be quiet.
process.env.DOTENV_CONFIG_QUIET = 'true';
