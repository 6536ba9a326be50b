using System.Buffers.Binary;
using System.IO.Compression;

namespace LayerGen.Benchmarks.TrainingLoop;

/// <summary>Reads an MNIST-format image/label pair (IDX, optionally gzipped), pixels scaled to [0, 1] as in the sample.</summary>
internal sealed record IdxImages(float[] Pixels, int[] Labels, int Features)
{
    /// <summary>Reads <c>{prefix}-images-idx3-ubyte[.gz]</c> and <c>{prefix}-labels-idx1-ubyte[.gz]</c> from <paramref name="directory"/>.</summary>
    public static IdxImages Load(string directory, string prefix)
    {
        byte[] images = Read(Path.Combine(directory, $"{prefix}-images-idx3-ubyte"));
        byte[] labels = Read(Path.Combine(directory, $"{prefix}-labels-idx1-ubyte"));
        int count = BinaryPrimitives.ReadInt32BigEndian(images.AsSpan(4));
        int features = BinaryPrimitives.ReadInt32BigEndian(images.AsSpan(8)) * BinaryPrimitives.ReadInt32BigEndian(images.AsSpan(12));
        if (BinaryPrimitives.ReadInt32BigEndian(labels.AsSpan(4)) != count || images.Length != 16 + (count * features))
        {
            throw new InvalidDataException($"{directory}/{prefix}: image and label files do not match.");
        }

        var pixels = new float[count * features];
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = images[16 + i] / 255f;
        }

        return new IdxImages(pixels, labels.AsSpan(8, count).ToArray().Select(b => (int)b).ToArray(), features);
    }

    /// <summary>Rows in the set.</summary>
    public int Count => Labels.Length;

    private static byte[] Read(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
