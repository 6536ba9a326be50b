using BenchmarkDotNet.Running;
using LayerGen.Benchmarks;

// `--check` verifies every implementation against the double reference on all shapes without timing anything;
// any other arguments go to BenchmarkDotNet (e.g. `--filter '*'`).
if (args.Length > 0 && args[0] == "--check")
{
    return CheckCommand.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
