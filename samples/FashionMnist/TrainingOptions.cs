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

    /// <summary>The optimizer: Adam, or SGD with momentum.</summary>
    public Optimizer Optimizer { get; init; } = Optimizer.Adam;

    /// <summary>Step size of the optimizer; null = the optimizer's default (Adam 0.001, SGD 0.05).</summary>
    public float? LearningRate { get; init; }

    /// <summary>Momentum of SGD.</summary>
    public float Momentum { get; init; } = 0.9f;

    /// <summary>The step size used: <see cref="LearningRate"/> or the optimizer's default.</summary>
    public float EffectiveLearningRate => LearningRate ?? (Optimizer == Optimizer.Adam ? 0.001f : 0.05f);

    /// <summary>Seed of the shuffling and the built-in data set.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Threads the network splits each batch across.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Where the loss/accuracy plot is written.</summary>
    public string PlotPath { get; init; } = Path.Combine("artifacts", "fashion-mnist-training.png");

    /// <summary>Print the usage and exit.</summary>
    public bool ShowHelp { get; init; }

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Trains [Affine(784,256), Relu] [Affine(256,128), Relu] [Affine(128,10), SoftmaxWithLoss] on Fashion-MNIST.

        Usage: dotnet run --project samples/FashionMnist -c Release -- [options]
          --data DIR            MNIST-format folder (train-/t10k- images and labels, .gz or not);
                                default $FASHION_MNIST_DIR or /usr/share/datasets/fashion-mnist,
                                else a built-in spiral set (with a hint how to get the real data)
          --builtin             use the built-in spiral set even when Fashion-MNIST is installed
          --epochs N            passes over the training set (default 10)
          --batch-size N        rows per mini-batch (default 64)
          --optimizer adam|sgd  Adam, or SGD with momentum (default adam)
          --learning-rate X     step size (default 0.001 for adam, 0.05 for sgd)
          --momentum X          SGD momentum in [0, 1) (default 0.9)
          --seed N              initialisation and shuffling seed (default 42)
          --threads N           threads per batch (default 1)
          --plot FILE           PNG of loss and accuracy per epoch (default artifacts/fashion-mnist-training.png)
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
                "--optimizer" => options with { Optimizer = ParseOptimizer(args, ref i) },
                "--learning-rate" => options with { LearningRate = PositiveFloat(args, ref i) },
                "--momentum" => options with { Momentum = Fraction(args, ref i) },
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

    private static Optimizer ParseOptimizer(IReadOnlyList<string> args, ref int i)
    {
        string name = args[i], text = Value(args, ref i);
        return text switch
        {
            "adam" => Optimizer.Adam,
            "sgd" => Optimizer.Sgd,
            _ => throw new ArgumentException($"option '{name}' needs adam or sgd, got '{text}'"),
        };
    }

    private static float Fraction(IReadOnlyList<string> args, ref int i)
    {
        string name = args[i], text = Value(args, ref i);
        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value) && value >= 0 && value < 1
            ? value
            : throw new ArgumentException($"option '{name}' needs a number in [0, 1), got '{text}'");
    }

    private static float PositiveFloat(IReadOnlyList<string> args, ref int i)
    {
        string name = args[i], text = Value(args, ref i);
        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value) && value > 0 && float.IsFinite(value)
            ? value
            : throw new ArgumentException($"option '{name}' needs a positive number, got '{text}'");
    }
}

/// <summary>How the sample updates the parameters after each mini-batch.</summary>
internal enum Optimizer
{
    /// <summary>Adam with the usual betas (0.9, 0.999): the generated <c>StepAdam</c>.</summary>
    Adam,

    /// <summary>Stochastic gradient descent with momentum: the generated <c>Step</c> with <c>Momentum</c> set.</summary>
    Sgd,
}
