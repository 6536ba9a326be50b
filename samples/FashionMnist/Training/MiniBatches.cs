using FashionMnist.Data;

namespace FashionMnist.Training;

/// <summary>Shuffles the training set once per epoch (seeded) and copies each mini-batch into reused buffers.</summary>
internal sealed class MiniBatches(Dataset data, int batchSize, int seed)
{
    private readonly int[] _order = Enumerable.Range(0, data.Count).ToArray();
    private readonly float[] _images = new float[batchSize * Dataset.Features];
    private readonly int[] _labels = new int[batchSize];
    private readonly Random _random = new(seed);

    /// <summary>Number of rows in the data set.</summary>
    public int Rows => data.Count;

    /// <summary>Draws a new order of the rows (Fisher–Yates).</summary>
    public void Shuffle() => _random.Shuffle(_order);

    /// <summary>Copies the next rows from <paramref name="firstRow"/> of this epoch's order into the buffers; the last batch may be smaller.</summary>
    public (ReadOnlyMemory<float> Images, ReadOnlyMemory<int> Labels) Batch(int firstRow)
    {
        int rows = Math.Min(batchSize, data.Count - firstRow);
        for (int r = 0; r < rows; r++)
        {
            int source = _order[firstRow + r];
            data.Images.AsSpan(source * Dataset.Features, Dataset.Features).CopyTo(_images.AsSpan(r * Dataset.Features));
            _labels[r] = data.Labels[source];
        }

        return (_images.AsMemory(0, rows * Dataset.Features), _labels.AsMemory(0, rows));
    }
}
