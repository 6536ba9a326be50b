using FashionMnist;
using FashionMnist.Cli;
using FashionMnist.Data;
using FashionMnist.Reporting;
using FashionMnist.Training;
using LayerGen;
using Spectre.Console;

// Fashion-MNIST training sample; `--help` lists the options. Exit codes: 0 ok, 1 bad data file, 2 bad arguments.
return SampleCommand.Run(args, Train);

static int Train(TrainingOptions options)
{
    var console = SampleConsole.Out;
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

    console.WriteLine($"train: {data.Train.Count} images ({data.Train.Name}); test: {data.Test.Count} images");
    console.WriteLine(FormattableString.Invariant(
        $"network: {Architecture(options)}, softmax cross-entropy; {options.Optimizer} learning rate {options.EffectiveLearningRate}, batch {options.BatchSize}, seed {options.Seed}, threads {options.Threads}"));

    IFashionClassifier net = options.LayerNorm ? new FashionNetLayerNorm() : new FashionNet();
    net.MaxDegreeOfParallelism = options.Threads;
    net.Momentum = options.Optimizer == Optimizer.Sgd ? options.Momentum : 0f;
    net.ResetParameters(options.Seed);
    var history = new Trainer(net, options).Train(data);

    var predictions = new int[data.Test.Count];
    var (_, testAccuracy) = Evaluator.Evaluate(net, data.Test, predictions);
    console.WriteLine();
    console.WriteLine(FormattableString.Invariant($"final test accuracy: {testAccuracy:F4} ({data.Test.Count} images)"));
    console.WriteLine(FormattableString.Invariant(
        $"mean epoch time: {history.Average(h => h.Seconds):F2} s wall, {history.Average(h => h.CpuSeconds):F2} s cpu (training pass only, {options.Threads} thread(s), batch {options.BatchSize})"));
    console.WriteLine();
    console.Write(new ConfusionMatrix(data.Test.Labels, predictions, data.Test.ClassNames).ToTable());

    TrainingPlot.Write(options.PlotPath, history, $"{net.GetType().Name} {(options.LayerNorm ? "784-256-LayerNorm-128-10" : "784-256-128-10")}: loss, {data.Train.Count} training images");
    console.WriteLine($"plot: {Path.GetFullPath(options.PlotPath)}");
    if (options.OnnxPath is { } onnxPath)
    {
        CreateFolderOf(onnxPath);
        net.ExportOnnx(onnxPath);
        console.WriteLine($"onnx: {Path.GetFullPath(onnxPath)} (input \"{OnnxExport.InputName}\" [N, {FashionNet.Inputs}], outputs \"{OnnxExport.LogitsName}\" and \"{OnnxExport.ProbabilitiesName}\" [N, {FashionNet.Outputs}])");
    }

    if (options.SavePath is { } savePath)
    {
        CreateFolderOf(savePath);
        using (var file = File.Create(savePath))
        {
            net.Save(file);
        }

        console.WriteLine($"parameters: {Path.GetFullPath(savePath)} ({net.GetType().Name}.Load reads them)");
    }

    return 0;
}

static string Architecture(TrainingOptions options) => options.LayerNorm ? "784-256-LayerNorm-128-10 ReLU" : "784-256-128-10 ReLU";

static void CreateFolderOf(string path)
{
    if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
    {
        Directory.CreateDirectory(directory);
    }
}
