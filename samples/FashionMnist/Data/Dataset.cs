namespace FashionMnist.Data;

/// <summary>Images as a row-major batch of <see cref="Features"/> values in [0, 1] per row, and one label per row.</summary>
/// <param name="Name">Where the data came from, for the console output.</param>
/// <param name="Images">Row-major pixels, <c>Count * Features</c> values.</param>
/// <param name="Labels">Class index per row.</param>
/// <param name="ClassNames">Display name per class index.</param>
internal sealed record Dataset(string Name, float[] Images, int[] Labels, string[] ClassNames)
{
    /// <summary>Pixels per image (28 × 28), the network's input width.</summary>
    public const int Features = 28 * 28;

    /// <summary>Number of images.</summary>
    public int Count => Labels.Length;

    /// <summary>Number of classes.</summary>
    public int Classes => ClassNames.Length;
}

/// <summary>A training set and a test set.</summary>
internal sealed record DatasetPair(Dataset Train, Dataset Test);
