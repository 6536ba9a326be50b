using FashionMnist;
using FashionMnist.Data;
using FashionMnist.Reporting;
using FashionMnist.Training;

// Fashion-MNIST training sample: see TrainingOptions.Usage. Exit codes: 0 ok, 1 bad data file, 2 bad arguments.
TrainingOptions options;
try
{
    options = TrainingOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}\n\n{TrainingOptions.Usage}");
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(TrainingOptions.Usage);
    return 0;
}

DatasetPair data;
try
{
    data = DataSource.Load(options);
}
catch (Exception e) when (e is DatasetFormatException or FileNotFoundException or DirectoryNotFoundException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

Console.WriteLine($"train: {data.Train.Count} images ({data.Train.Name}); test: {data.Test.Count} images");
Console.WriteLine(FormattableString.Invariant(
    $"network: 784-256-128-10 ReLU, softmax cross-entropy; {options.Optimizer} learning rate {options.EffectiveLearningRate}, batch {options.BatchSize}, seed {options.Seed}, threads {options.Threads}"));

var net = new FashionNet { MaxDegreeOfParallelism = options.Threads, Momentum = options.Optimizer == Optimizer.Sgd ? options.Momentum : 0f };
net.ResetParameters(options.Seed);
var history = new Trainer(net, options).Train(data);

var predictions = new int[data.Test.Count];
var (_, testAccuracy) = Evaluator.Evaluate(net, data.Test, predictions);
Console.WriteLine(FormattableString.Invariant($"\nfinal test accuracy: {testAccuracy:F4} ({data.Test.Count} images)"));
Console.WriteLine(FormattableString.Invariant(
    $"mean epoch time: {history.Average(h => h.Seconds):F2} s wall, {history.Average(h => h.CpuSeconds):F2} s cpu (training pass only, {options.Threads} thread(s), batch {options.BatchSize})\n"));
Console.WriteLine(new ConfusionMatrix(data.Test.Labels, predictions, data.Test.ClassNames).Format());

TrainingPlot.Write(options.PlotPath, history, $"LayerGen FashionNet 784-256-128-10: {data.Train.Name}");
Console.WriteLine($"plot: {Path.GetFullPath(options.PlotPath)}");
return 0;
