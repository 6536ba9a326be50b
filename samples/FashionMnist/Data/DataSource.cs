namespace FashionMnist.Data;

/// <summary>Chooses the data: <c>--builtin</c>, <c>--data DIR</c>, else $FASHION_MNIST_DIR or the Debian folder, else the built-in spiral set with a hint.</summary>
internal static class DataSource
{
    /// <summary>Environment variable that replaces the Debian folder as the default data folder.</summary>
    public const string DirectoryVariable = "FASHION_MNIST_DIR";

    /// <summary>Loads the data the options ask for.</summary>
    /// <exception cref="DirectoryNotFoundException">--data names a folder that does not exist.</exception>
    /// <exception cref="FileNotFoundException">--data names a folder without the four IDX files.</exception>
    /// <exception cref="DatasetFormatException">A file is not valid IDX.</exception>
    public static DatasetPair Load(TrainingOptions options)
    {
        if (options.BuiltIn)
        {
            return BuiltIn(options.Seed);
        }

        if (options.DataDirectory is { } directory)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"{directory}: --data folder not found");
            }

            return MnistFolder.Load(directory);
        }

        string defaultDirectory = Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : MnistFolder.DebianDirectory;
        if (MnistFolder.HasAllFiles(defaultDirectory))
        {
            return MnistFolder.Load(defaultDirectory);
        }

        Console.WriteLine($"""
            No Fashion-MNIST files in {defaultDirectory}: training on the built-in spiral set instead.
            To use the real data: `sudo apt-get install dataset-fashion-mnist` (Debian/Ubuntu), or download the four
            *-ubyte.gz files from https://github.com/zalandoresearch/fashion-mnist#get-the-data and pass --data DIR.
            """);
        return BuiltIn(options.Seed);
    }

    private static DatasetPair BuiltIn(int seed) => SpiralDataset.Generate(trainCount: 6000, testCount: 1000, seed);
}
