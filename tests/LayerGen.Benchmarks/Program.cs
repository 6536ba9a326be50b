using BenchmarkDotNet.Running;
using LayerGen.Benchmarks;

// `--check` verifies every implementation against the double reference on all shapes without timing anything.
// `--training` trains the sample's network on Fashion-MNIST and prints per-epoch JSON (see TrainingCommand).
// `--wall-clock` times with BenchmarkDotNet's default wall clock (one process per benchmark) instead of thread CPU time.
// Other arguments go to BenchmarkDotNet (e.g. `--filter '*'`).
if (args.Length > 0 && args[0] == "--check")
{
    return CheckCommand.Run(Console.Out);
}

if (args.Length > 0 && args[0] == "--training")
{
    return LayerGen.Benchmarks.TrainingLoop.TrainingCommand.Run(args);
}

bool wallClock = args.Contains("--wall-clock");
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args.Where(a => a != "--wall-clock").ToArray(), BenchmarkConfig.Create(wallClock));
return 0;
