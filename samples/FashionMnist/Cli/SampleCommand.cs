using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace FashionMnist.Cli;

/// <summary>
/// The sample's command line (System.CommandLine): the options, their checks and messages, and the exit codes
/// (0 done or help, 1 bad data file, 2 bad arguments).
/// </summary>
internal static class SampleCommand
{
    /// <summary>Exit code of a command line that could not be parsed.</summary>
    public const int BadArguments = 2;

    private const string Description =
        "Trains [Affine(784,256), Relu] [Affine(256,128), Relu] [Affine(128,10), SoftmaxWithLoss] on Fashion-MNIST.";

    /// <summary>Parses <paramref name="args"/> and runs <paramref name="train"/> with the options, or prints help or the error.</summary>
    public static int Run(string[] args, Func<TrainingOptions, int> train)
    {
        var options = new Options();
        var root = new RootCommand(Description);
        foreach (Option option in options.All)
        {
            root.Options.Add(option);
        }

        root.Validators.Add(result =>
        {
            if (result.GetResult(options.BuiltIn) is { Implicit: false } && result.GetResult(options.Data) is { Implicit: false })
            {
                result.AddError("--builtin and --data exclude each other");
            }

            if (result.GetResult(options.LayerNorm) is { Implicit: false } && result.GetResult(options.ExportOnnx) is { Implicit: false })
            {
                result.AddError("--layer-norm and --export-onnx exclude each other: ONNX has no operator for a custom layer");
            }
        });
        root.SetAction(parsed => train(options.Read(parsed)));

        ParseResult parsed = root.Parse(args);
        if (parsed.UnmatchedTokens.Count > 0)
        {
            return Fail(root, $"unknown option '{parsed.UnmatchedTokens[0]}'");
        }

        if (parsed.Errors.Count > 0)
        {
            ParseError error = parsed.Errors[0];
            return Fail(root, error.SymbolResult is OptionResult { Tokens.Count: 0, Implicit: false } option
                ? $"option '{option.IdentifierToken?.Value}' needs a value"
                : error.Message);
        }

        return parsed.Invoke();
    }

    /// <summary>One line naming the problem, then the help text, on standard error.</summary>
    private static int Fail(RootCommand root, string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Console.Error.WriteLine();
        root.Parse("--help").Invoke(new InvocationConfiguration { Output = Console.Error });
        return BadArguments;
    }

    /// <summary>The options, each with its own parser so the messages say what was wrong with which value.</summary>
    private sealed class Options
    {
        public Option<string?> Data { get; } = new("--data")
        {
            Description = "MNIST-format folder (train-/t10k- images and labels, .gz or not); default $FASHION_MNIST_DIR or "
                + "/usr/share/datasets/fashion-mnist, else a built-in spiral set (with a hint how to get the real data)",
            HelpName = "DIR",
            CustomParser = result => Value(result),
        };

        public Option<bool> BuiltIn { get; } = new("--builtin")
        {
            Description = "use the built-in spiral set even when Fashion-MNIST is installed",
        };

        public Option<int> Epochs { get; } = PositiveInt("--epochs", 10, "passes over the training set");

        public Option<int> BatchSize { get; } = PositiveInt("--batch-size", 64, "rows per mini-batch");

        public Option<Optimizer> Optimizer { get; } = new("--optimizer")
        {
            Description = "adam, or sgd with momentum",
            HelpName = "adam|sgd",
            DefaultValueFactory = _ => FashionMnist.Optimizer.Adam,
            CustomParser = result => Value(result) switch
            {
                "adam" => FashionMnist.Optimizer.Adam,
                "sgd" => FashionMnist.Optimizer.Sgd,
                string text => Error<Optimizer>(result, $"needs adam or sgd, got '{text}'"),
                null => default,
            },
        };

        public Option<float?> LearningRate { get; } = new("--learning-rate")
        {
            Description = "step size (default 0.001 for adam, 0.05 for sgd)",
            HelpName = "X",
            CustomParser = result => Value(result) is { } text
                ? float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value) && value > 0 && float.IsFinite(value)
                    ? value
                    : Error<float?>(result, $"needs a positive number, got '{text}'")
                : null,
        };

        public Option<float> Momentum { get; } = new("--momentum")
        {
            Description = "SGD momentum in [0, 1)",
            HelpName = "X",
            DefaultValueFactory = _ => 0.9f,
            CustomParser = result => Value(result) is { } text
                ? float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value) && value >= 0 && value < 1
                    ? value
                    : Error<float>(result, $"needs a number in [0, 1), got '{text}'")
                : default,
        };

        public Option<int> Seed { get; } = new("--seed")
        {
            Description = "initialisation and shuffling seed",
            HelpName = "N",
            DefaultValueFactory = _ => 42,
            CustomParser = result => Value(result) is { } text ? ParseInt(result, text) : default,
        };

        public Option<int> Threads { get; } = PositiveInt("--threads", 1, "threads per batch");

        public Option<bool> LayerNorm { get; } = new("--layer-norm")
        {
            Description = "insert a custom LayerNorm layer (ForwardRow written in C#, backward derived by LayerGen) after the first affine layer",
        };

        public Option<string> Plot { get; } = new("--plot")
        {
            Description = "PNG of loss and accuracy per epoch",
            HelpName = "FILE",
            DefaultValueFactory = _ => Path.Combine("artifacts", "fashion-mnist-training.png"),
            CustomParser = result => Value(result) ?? string.Empty,
        };

        public Option<string?> ExportOnnx { get; } = new("--export-onnx")
        {
            Description = "export the trained network as an ONNX model (input \"input\", outputs \"logits\" and \"probabilities\")",
            HelpName = "FILE",
            CustomParser = result => Value(result),
        };

        public Option<string?> Save { get; } = new("--save")
        {
            Description = "save the trained parameters in LayerGen's format (FashionNet.Load reads them)",
            HelpName = "FILE",
            CustomParser = result => Value(result),
        };

        public IEnumerable<Option> All =>
            [Data, BuiltIn, Epochs, BatchSize, Optimizer, LearningRate, Momentum, Seed, Threads, LayerNorm, Plot, ExportOnnx, Save];

        public TrainingOptions Read(ParseResult parsed) => new()
        {
            DataDirectory = parsed.GetValue(Data),
            BuiltIn = parsed.GetValue(BuiltIn),
            Epochs = parsed.GetValue(Epochs),
            BatchSize = parsed.GetValue(BatchSize),
            Optimizer = parsed.GetValue(Optimizer),
            LearningRate = parsed.GetValue(LearningRate),
            Momentum = parsed.GetValue(Momentum),
            Seed = parsed.GetValue(Seed),
            Threads = parsed.GetValue(Threads),
            LayerNorm = parsed.GetValue(LayerNorm),
            PlotPath = parsed.GetValue(Plot)!,
            OnnxPath = parsed.GetValue(ExportOnnx),
            SavePath = parsed.GetValue(Save),
        };

        private static Option<int> PositiveInt(string name, int defaultValue, string description) => new(name)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => Value(result) is { } text && ParseInt(result, text) is var value && result.Errors.Any() is false
                ? value > 0 ? value : Error<int>(result, $"must be positive, got {value}")
                : default,
        };

        /// <summary>The option's one value, or an error "option '--x' needs a value" when it is missing.</summary>
        private static string? Value(ArgumentResult result)
        {
            if (result.Tokens.Count == 0)
            {
                result.AddError($"option '{OptionName(result)}' needs a value");
                return null;
            }

            return result.Tokens[0].Value;
        }

        private static int ParseInt(ArgumentResult result, string text) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? value
                : Error<int>(result, $"needs an integer, got '{text}'");

        private static T Error<T>(ArgumentResult result, string problem)
        {
            result.AddError($"option '{OptionName(result)}' {problem}");
            return default!;
        }

        private static string OptionName(ArgumentResult result) =>
            (result.Parent as OptionResult)?.IdentifierToken?.Value ?? "?";
    }
}
