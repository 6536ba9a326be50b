using System.Buffers.Binary;
using System.IO.Compression;

namespace FashionMnist.Data;

/// <summary>
/// Reads IDX files (the MNIST format: big-endian magic number, big-endian dimensions, then unsigned bytes),
/// gzip-compressed or not, and validates them before returning anything.
/// </summary>
internal static class IdxFile
{
    /// <summary>Magic number of an IDX file of unsigned bytes with three dimensions (images × rows × columns).</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>Magic number of an IDX file of unsigned bytes with one dimension (labels).</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>Reads an image file: returns pixels scaled to [0, 1] and the image count.</summary>
    /// <exception cref="DatasetFormatException">Wrong magic number, wrong image size, or truncated file.</exception>
    public static float[] ReadImages(string path, int expectedRows, int expectedColumns)
    {
        var bytes = ReadAllBytes(path);
        var dimensions = ReadHeader(path, bytes, ImagesMagic, "images (idx3-ubyte)");
        int count = dimensions[0], rows = dimensions[1], columns = dimensions[2];
        if (rows != expectedRows || columns != expectedColumns)
        {
            throw new DatasetFormatException(path, $"images are {rows}×{columns} pixels, expected {expectedRows}×{expectedColumns}");
        }

        var pixels = Payload(path, bytes, headerLength: 16, (long)count * rows * columns, "pixel");
        var images = new float[pixels.Length];
        for (int i = 0; i < pixels.Length; i++)
        {
            images[i] = pixels[i] * (1f / 255f);
        }

        return images;
    }

    /// <summary>Reads a label file and checks every label is below <paramref name="classes"/>.</summary>
    /// <exception cref="DatasetFormatException">Wrong magic number, label out of range, or truncated file.</exception>
    public static int[] ReadLabels(string path, int classes)
    {
        var bytes = ReadAllBytes(path);
        int count = ReadHeader(path, bytes, LabelsMagic, "labels (idx1-ubyte)")[0];
        var payload = Payload(path, bytes, headerLength: 8, count, "label");
        var labels = new int[payload.Length];
        for (int i = 0; i < payload.Length; i++)
        {
            if (payload[i] >= classes)
            {
                throw new DatasetFormatException(path, $"label {payload[i]} at index {i} is not a class 0..{classes - 1}");
            }

            labels[i] = payload[i];
        }

        return labels;
    }

    private static byte[] ReadAllBytes(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> start = stackalloc byte[2];
            int read = file.ReadAtLeast(start, 2, throwOnEndOfStream: false);
            file.Position = 0;
            bool gzip = read == 2 && start[0] == 0x1f && start[1] == 0x8b;
            using var stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DatasetFormatException(path, $"corrupt or truncated gzip data ({e.Message})");
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new DatasetFormatException(path, $"cannot be read ({e.Message})");
        }
    }

    /// <summary>Validates the magic number and returns the dimensions.</summary>
    private static int[] ReadHeader(string path, byte[] bytes, int expectedMagic, string kind)
    {
        if (bytes.Length < 4)
        {
            throw new DatasetFormatException(path, $"truncated: {bytes.Length} bytes, too short for an IDX header");
        }

        int magic = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (magic != expectedMagic)
        {
            throw new DatasetFormatException(path, $"magic number 0x{magic:X8} is not 0x{expectedMagic:X8} of IDX {kind}");
        }

        int dimensionCount = expectedMagic & 0xFF;
        int headerLength = 4 + 4 * dimensionCount;
        if (bytes.Length < headerLength)
        {
            throw new DatasetFormatException(path, $"truncated: {bytes.Length} bytes, the header needs {headerLength}");
        }

        var dimensions = new int[dimensionCount];
        for (int d = 0; d < dimensionCount; d++)
        {
            dimensions[d] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * d));
            if (dimensions[d] <= 0)
            {
                throw new DatasetFormatException(path, $"dimension {d} is {dimensions[d]}, must be positive");
            }
        }

        return dimensions;
    }

    /// <summary>The bytes after the header, which must be exactly <paramref name="expectedLength"/> long.</summary>
    private static ReadOnlySpan<byte> Payload(string path, byte[] bytes, int headerLength, long expectedLength, string item)
    {
        long actual = bytes.Length - headerLength;
        if (actual < expectedLength)
        {
            throw new DatasetFormatException(path, $"truncated: the header promises {expectedLength} {item} bytes, the file has {actual}");
        }

        if (actual > expectedLength)
        {
            throw new DatasetFormatException(path, $"{actual - expectedLength} unexpected bytes after the {expectedLength} {item} bytes the header promises");
        }

        return bytes.AsSpan(headerLength);
    }
}
