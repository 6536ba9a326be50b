using System.Globalization;

namespace FashionMnist;

/// <summary>Command-line options of the sample.</summary>
internal sealed record TrainingOptions
{
    /// <summary>Folder with MNIST-format IDX files; null = the Debian folder, else the built-in spiral set.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Train on the built-in spiral set even when Fashion-MNIST files are installed.</summary>
    public bool BuiltIn { get; init; }

    /// <summary>Passes over the training set.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Rows per mini-batch.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Step size of the optimizer.</summary>
    public float LearningRate { get; init; } = 0.001f;

    /// <summary>Seed of the shuffling and the built-in data set.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Threads the network splits each batch across.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Where the loss/accuracy plot is written.</summary>
    public string PlotPath { get; init; } = "fashion-mnist-training.png";

    /// <summary>Print the usage and exit.</summary>
    public bool ShowHelp { get; init; }

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Trains [Affine(784,256), Relu] [Affine(256,128), Relu] [Affine(128,10), SoftmaxWithLoss] on Fashion-MNIST.

        Usage: dotnet run --project samples/FashionMnist -c Release -- [options]
          --data DIR            MNIST-format folder (train-/t10k- images and labels, .gz or not);
                                default /usr/share/datasets/fashion-mnist, else a built-in spiral set
          --builtin             use the built-in spiral set even when Fashion-MNIST is installed
          --epochs N            passes over the training set (default 10)
          --batch-size N        rows per mini-batch (default 64)
          --learning-rate X     Adam step size (default 0.001)
          --seed N              shuffling and initialisation seed (default 42)
          --threads N           threads per batch (default 1)
          --plot FILE           PNG of loss and accuracy per epoch (default fashion-mnist-training.png)
          -h, --help            this text
        """;

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="ArgumentException">Unknown option, missing value, or a value out of range; the message says which.</exception>
    public static TrainingOptions Parse(IReadOnlyList<string> args)
    {
        var options = new TrainingOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            options = name switch
            {
                "-h" or "--help" => options with { ShowHelp = true },
                "--data" => options with { DataDirectory = Value(args, ref i) },
                "--builtin" => options with { BuiltIn = true },
                "--epochs" => options with { Epochs = PositiveInt(args, ref i) },
                "--batch-size" => options with { BatchSize = PositiveInt(args, ref i) },
                "--learning-rate" => options with { LearningRate = PositiveFloat(args, ref i) },
                "--seed" => options with { Seed = Int(args, ref i) },
                "--threads" => options with { Threads = PositiveInt(args, ref i) },
                "--plot" => options with { PlotPath = Value(args, ref i) },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }

        if (options.BuiltIn && options.DataDirectory is not null)
        {
            throw new ArgumentException("--builtin and --data exclude each other");
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        string name = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"option '{name}' needs a value");
        }

        return args[++i];
    }

    private static int Int(IReadOnlyList<string> args, ref int i)
    {
        string name = args[i], text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new ArgumentException($"option '{name}' needs an integer, got '{text}'");
    }

    private static int PositiveInt(IReadOnlyList<string> args, ref int i)
    {
        string name = args[i];
        int value = Int(args, ref i);
        return value > 0 ? value : throw new ArgumentException($"option '{name}' must be positive, got {value}");
    }

    private static float PositiveFloat(IReadOnlyList<string> args, ref int i)
    {
        string name = args[i], text = Value(args, ref i);
        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value) && value > 0 && float.IsFinite(value)
            ? value
            : throw new ArgumentException($"option '{name}' needs a positive number, got '{text}'");
    }
}
