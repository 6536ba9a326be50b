namespace FashionMnist.Data;

/// <summary>Finds and loads the four IDX files of an MNIST-format folder (Fashion-MNIST, MNIST, …), gzip-compressed or not.</summary>
internal static class MnistFolder
{
    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> package installs the files.</summary>
    public const string DebianDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>The ten Fashion-MNIST classes in label order.</summary>
    public static readonly string[] FashionClassNames =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    private static readonly string[] TrainImages = ["train-images-idx3-ubyte", "train-images.idx3-ubyte"];
    private static readonly string[] TrainLabels = ["train-labels-idx1-ubyte", "train-labels.idx1-ubyte"];
    private static readonly string[] TestImages = ["t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte"];
    private static readonly string[] TestLabels = ["t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte"];

    /// <summary>True when <paramref name="directory"/> holds all four files.</summary>
    public static bool HasAllFiles(string directory) =>
        Find(directory, TrainImages) is not null && Find(directory, TrainLabels) is not null &&
        Find(directory, TestImages) is not null && Find(directory, TestLabels) is not null;

    /// <summary>Loads and validates the training and test sets from <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">A file is missing; the message names it.</exception>
    /// <exception cref="DatasetFormatException">A file is not valid IDX or its labels do not match its images.</exception>
    public static DatasetPair Load(string directory)
    {
        var train = LoadSet(directory, TrainImages, TrainLabels, "train");
        var test = LoadSet(directory, TestImages, TestLabels, "test");
        return new DatasetPair(train, test);
    }

    private static Dataset LoadSet(string directory, string[] imageNames, string[] labelNames, string role)
    {
        string imagePath = Require(directory, imageNames);
        string labelPath = Require(directory, labelNames);
        var images = IdxFile.ReadImages(imagePath, 28, 28);
        var labels = IdxFile.ReadLabels(labelPath, FashionClassNames.Length);
        int imageCount = images.Length / Dataset.Features;
        if (labels.Length != imageCount)
        {
            throw new DatasetFormatException(labelPath, $"{labels.Length} labels but {imagePath} holds {imageCount} images");
        }

        return new Dataset($"MNIST-format {role} set in {directory}", images, labels, FashionClassNames);
    }

    private static string Require(string directory, string[] names) =>
        Find(directory, names) ?? throw new FileNotFoundException(
            $"{Path.Combine(directory, names[0])}[.gz]: file not found (need train/t10k images and labels in MNIST IDX format)");

    private static string? Find(string directory, string[] names)
    {
        foreach (var name in names)
        {
            foreach (var candidate in new[] { name, name + ".gz" })
            {
                string path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
