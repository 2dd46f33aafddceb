//! The `silkwire` binary: see the `silkwire_cli` library.

use std::process::ExitCode;

fn main() -> ExitCode {
    let code = silkwire_cli::run_in(
        std::env::args_os(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
        silkwire_cli::Terminal::detect(),
    );
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
