using System.Buffers.Binary;
using System.IO.Compression;

namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>Writes small MNIST-format IDX files (and deliberately broken ones) for the sample's data tests.</summary>
internal static class IdxWriter
{
    /// <summary>Writes the four files of a valid folder: random 28×28 images whose label is encoded in a bright pixel row.</summary>
    public static void WriteFolder(string directory, int trainCount, int testCount, bool gzip, int seed)
    {
        var random = new Random(seed);
        WriteSet(directory, "train", trainCount, gzip, random);
        WriteSet(directory, "t10k", testCount, gzip, random);
    }

    /// <summary>An IDX file: big-endian magic, big-endian dimensions, then <paramref name="payload"/>.</summary>
    public static byte[] Idx(int magic, int[] dimensions, byte[] payload)
    {
        var bytes = new byte[4 + 4 * dimensions.Length + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, magic);
        for (int d = 0; d < dimensions.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * d), dimensions[d]);
        }

        payload.CopyTo(bytes, 4 + 4 * dimensions.Length);
        return bytes;
    }

    /// <summary>Writes <paramref name="bytes"/>, gzip-compressed when the name ends in .gz.</summary>
    public static void Write(string path, byte[] bytes)
    {
        using var file = File.Create(path);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(file, CompressionLevel.Fastest);
            gz.Write(bytes);
        }
        else
        {
            file.Write(bytes);
        }
    }

    private static void WriteSet(string directory, string prefix, int count, bool gzip, Random random)
    {
        var pixels = new byte[count * 784];
        var labels = new byte[count];
        for (int i = 0; i < count; i++)
        {
            labels[i] = (byte)random.Next(10);
            for (int p = 0; p < 784; p++)
            {
                pixels[i * 784 + p] = (byte)random.Next(40);
            }

            // Class k lights up image row 2k + 4: easy to learn, so a short run must get most of the test set right.
            for (int c = 0; c < 28; c++)
            {
                pixels[i * 784 + (2 * labels[i] + 4) * 28 + c] = 255;
            }
        }

        string suffix = gzip ? ".gz" : "";
        Write(Path.Combine(directory, $"{prefix}-images-idx3-ubyte{suffix}"), Idx(0x803, [count, 28, 28], pixels));
        Write(Path.Combine(directory, $"{prefix}-labels-idx1-ubyte{suffix}"), Idx(0x801, [count], labels));
    }
}
