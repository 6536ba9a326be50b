namespace FashionMnist;

/// <summary>What the sample was asked to do; parsed from the command line by <see cref="Cli.SampleCommand"/>.</summary>
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

    /// <summary>Train <see cref="FashionNetLayerNorm"/>: a custom LayerNorm layer after the first affine layer.</summary>
    public bool LayerNorm { get; init; }

    /// <summary>Threads the network splits each batch across.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Where the loss/accuracy plot is written.</summary>
    public string PlotPath { get; init; } = Path.Combine("artifacts", "fashion-mnist-training.png");

    /// <summary>Where the trained network is exported as an ONNX model; null = no export.</summary>
    public string? OnnxPath { get; init; }

    /// <summary>Where the trained parameters are saved in LayerGen's format (<c>FashionNet.Load</c>); null = not saved.</summary>
    public string? SavePath { get; init; }
}

/// <summary>How the sample updates the parameters after each mini-batch.</summary>
internal enum Optimizer
{
    /// <summary>Adam with the usual betas (0.9, 0.999): the generated <c>StepAdam</c>.</summary>
    Adam,

    /// <summary>Stochastic gradient descent with momentum: the generated <c>Step</c> with <c>Momentum</c> set.</summary>
    Sgd,
}
