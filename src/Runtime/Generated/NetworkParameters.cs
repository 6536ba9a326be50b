using System.Buffers.Binary;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace LayerGen.Generated;

/// <summary>
/// Initialisation and persistence of a generated network's parameters, which lie in one span where each Affine layer's
/// <see cref="NetworkLayer.WeightsOffset"/> and <see cref="NetworkLayer.BiasOffset"/> say (weights row-major, inputs ×
/// outputs). The layers are the network's <see cref="ISequentialNetwork{T}.Layers"/>. Called by generated code; not meant
/// for user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NetworkParameters
{
    /// <summary>The first four bytes of saved parameters: "LGGN".</summary>
    private const int FileMagic = 0x4E47474C;

    /// <summary>The format version written by <see cref="Save{T}"/> for networks without custom layers (unchanged since the first).</summary>
    private const int FileVersion = 1;

    /// <summary>The format version written for networks with custom layers: version 1's header, then the custom layers' shapes.</summary>
    private const int CustomLayersFileVersion = 2;

    /// <summary>Largest custom layer count a header may claim.</summary>
    private const int MaxCustomLayers = 4096;

    /// <summary>Largest Affine layer count a header may claim (guards against reading garbage as a huge count).</summary>
    private const int MaxAffineLayers = 4096;

    /// <summary>
    /// Fills the weights deterministically from <paramref name="seed"/> (Box–Muller over SplitMix64, the same on every
    /// platform) and sets every bias to 0. Weights are drawn layer by layer from one random sequence, from N(0, 2 / inputs)
    /// (He) for an Affine layer followed by a Relu and from N(0, 2 / (inputs + outputs)) (Xavier/Glorot) otherwise.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="parameters">All parameters of the network.</param>
    /// <param name="seed">Seed of the random sequence.</param>
    /// <param name="layers">The network's layers in order.</param>
    /// <returns><paramref name="parameters"/>.</returns>
    /// <exception cref="ArgumentException">An Affine layer's weights or bias lie outside <paramref name="parameters"/>.</exception>
    public static T[] Initialize<T>(T[] parameters, int seed, IReadOnlyList<NetworkLayer> layers)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(layers);
        CheckOffsets(parameters.Length, layers);
        ulong state = unchecked((ulong)seed);
        for (int i = 0; i < layers.Count; i++)
        {
            NetworkLayer layer = layers[i];
            if (layer.Kind != NetworkLayerKind.Affine)
            {
                continue;
            }

            bool he = i + 1 < layers.Count && layers[i + 1].Kind == NetworkLayerKind.Relu;
            double scale = Math.Sqrt(2.0 / (he ? layer.Inputs : layer.Inputs + layer.Outputs));
            Span<T> weights = parameters.AsSpan(layer.WeightsOffset, layer.Inputs * layer.Outputs);
            for (int j = 0; j < weights.Length; j++)
            {
                weights[j] = T.CreateTruncating(scale * NextGaussian(ref state));
            }

            parameters.AsSpan(layer.BiasOffset, layer.Outputs).Clear();
        }

        return parameters;
    }

    /// <summary>
    /// Writes a header (magic "LGGN", format version 1, element size in bytes, number of Affine layers and each one's
    /// inputs and outputs, all 32-bit little-endian) followed by the parameters as little-endian IEEE 754 values. A network
    /// with custom layers writes format version 2: the same header followed by the number of custom layers and each one's
    /// inputs, outputs and parameter count.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="stream">A writable stream.</param>
    /// <param name="parameters">All parameters of the network.</param>
    /// <param name="layers">The network's layers in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static void Save<T>(Stream stream, ReadOnlySpan<T> parameters, IReadOnlyList<NetworkLayer> layers)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layers);
        int[] affineShapes = AffineShapes(layers);
        int[] customShapes = CustomShapes(layers);
        int elementSize = ElementSize<T>();
        var header = new List<int> { FileMagic, customShapes.Length > 0 ? CustomLayersFileVersion : FileVersion, elementSize, affineShapes.Length / 2 };
        header.AddRange(affineShapes);
        if (customShapes.Length > 0)
        {
            header.Add(customShapes.Length / 3);
            header.AddRange(customShapes);
        }

        int headerBytes = 4 * header.Count;
        byte[] bytes = new byte[headerBytes + (parameters.Length * elementSize)];
        for (int i = 0; i < header.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4 * i, 4), header[i]);
        }

        for (int i = 0; i < parameters.Length; i++)
        {
            Span<byte> destination = bytes.AsSpan(headerBytes + (i * elementSize), elementSize);
            if (typeof(T) == typeof(float))
            {
                BinaryPrimitives.WriteSingleLittleEndian(destination, float.CreateTruncating(parameters[i]));
            }
            else
            {
                BinaryPrimitives.WriteDoubleLittleEndian(destination, double.CreateTruncating(parameters[i]));
            }
        }

        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// Reads parameters written by <see cref="Save{T}"/>. The header is checked against the Affine layers of
    /// <paramref name="layers"/> and the element type, and the whole payload is read before any parameter changes.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="stream">A readable stream positioned at the start of saved parameters.</param>
    /// <param name="parameters">All parameters of the network, overwritten.</param>
    /// <param name="layers">The network's layers in order.</param>
    /// <param name="networkName">The network's class name, for messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The data is not LayerGen parameters, has another version or element type, or other layer shapes.</exception>
    /// <exception cref="EndOfStreamException">The stream ends early.</exception>
    public static void Load<T>(Stream stream, Span<T> parameters, IReadOnlyList<NetworkLayer> layers, string networkName)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layers);
        int[] affineShapes = AffineShapes(layers);
        int elementSize = ElementSize<T>();
        byte[] prefix = new byte[16];
        stream.ReadExactly(prefix);
        int magic = BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(0, 4));
        int version = BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(4, 4));
        int savedElementSize = BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(8, 4));
        int affineLayers = BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(12, 4));
        if (magic != FileMagic)
        {
            throw new InvalidDataException($"The stream does not hold LayerGen parameters (magic 0x{magic:X8}, expected 0x{FileMagic:X8}).");
        }

        if (version is not (FileVersion or CustomLayersFileVersion))
        {
            throw new InvalidDataException($"The parameters have format version {version}; this code reads versions {FileVersion} and {CustomLayersFileVersion}.");
        }

        if (savedElementSize != elementSize)
        {
            throw new InvalidDataException(
                $"The parameters were saved with {savedElementSize}-byte elements; {networkName} uses {(typeof(T) == typeof(float) ? "float" : "double")} ({elementSize} bytes).");
        }

        if (affineLayers < 0 || affineLayers > MaxAffineLayers)
        {
            throw new InvalidDataException($"The parameters have a corrupt header ({affineLayers} Affine layers).");
        }

        byte[] shapeBytes = new byte[8 * affineLayers];
        stream.ReadExactly(shapeBytes);
        var found = new int[2 * affineLayers];
        for (int i = 0; i < found.Length; i++)
        {
            found[i] = BinaryPrimitives.ReadInt32LittleEndian(shapeBytes.AsSpan(4 * i, 4));
        }

        if (!affineShapes.SequenceEqual(found))
        {
            throw new InvalidDataException($"The parameters are for Affine layers [{Describe(found)}] but {networkName} has [{Describe(affineShapes)}].");
        }

        CheckCustomLayers(stream, version, CustomShapes(layers), networkName);

        byte[] payload = new byte[parameters.Length * elementSize];
        stream.ReadExactly(payload);
        for (int i = 0; i < parameters.Length; i++)
        {
            ReadOnlySpan<byte> source = payload.AsSpan(i * elementSize, elementSize);
            parameters[i] = typeof(T) == typeof(float)
                ? T.CreateTruncating(BinaryPrimitives.ReadSingleLittleEndian(source))
                : T.CreateTruncating(BinaryPrimitives.ReadDoubleLittleEndian(source));
        }
    }

    /// <summary>A standard normal sample (Box–Muller over SplitMix64), the same on every platform for a given state.</summary>
    internal static double NextGaussian(ref ulong state)
    {
        double u1 = 1.0 - ((NextBits(ref state) >> 11) * (1.0 / 9007199254740992.0)); // (0, 1]
        double u2 = (NextBits(ref state) >> 11) * (1.0 / 9007199254740992.0); // [0, 1)
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood, 2014).</summary>
    private static ulong NextBits(ref ulong state)
    {
        unchecked
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>(inputs, outputs) of each Affine layer in order: the shapes in a saved file's header.</summary>
    private static int[] AffineShapes(IReadOnlyList<NetworkLayer> layers)
    {
        var shapes = new List<int>();
        foreach (NetworkLayer layer in layers)
        {
            if (layer.Kind == NetworkLayerKind.Affine)
            {
                shapes.Add(layer.Inputs);
                shapes.Add(layer.Outputs);
            }
        }

        return shapes.ToArray();
    }

    /// <summary>
    /// Reads the custom layers of a version 2 header and compares them with <paramref name="expected"/>; a version 1 file
    /// (no custom layers) loads only into a network without custom layers.
    /// </summary>
    private static void CheckCustomLayers(Stream stream, int version, int[] expected, string networkName)
    {
        int[] found = [];
        if (version == CustomLayersFileVersion)
        {
            byte[] countBytes = new byte[4];
            stream.ReadExactly(countBytes);
            int count = BinaryPrimitives.ReadInt32LittleEndian(countBytes);
            if (count < 0 || count > MaxCustomLayers)
            {
                throw new InvalidDataException($"The parameters have a corrupt header ({count} custom layers).");
            }

            byte[] shapeBytes = new byte[12 * count];
            stream.ReadExactly(shapeBytes);
            found = new int[3 * count];
            for (int i = 0; i < found.Length; i++)
            {
                found[i] = BinaryPrimitives.ReadInt32LittleEndian(shapeBytes.AsSpan(4 * i, 4));
            }
        }

        if (!expected.SequenceEqual(found))
        {
            string saved = version == FileVersion ? "were saved in format version 1, without custom layers," : $"are for custom layers [{DescribeCustom(found)}]";
            throw new InvalidDataException($"The parameters {saved} but {networkName} has custom layers [{DescribeCustom(expected)}].");
        }
    }

    /// <summary>(inputs, outputs, parameter count) of each custom layer in order.</summary>
    private static int[] CustomShapes(IReadOnlyList<NetworkLayer> layers)
    {
        var shapes = new List<int>();
        foreach (NetworkLayer layer in layers)
        {
            if (layer.Kind == NetworkLayerKind.Custom)
            {
                shapes.AddRange([layer.Inputs, layer.Outputs, layer.ParameterCount]);
            }
        }

        return shapes.ToArray();
    }

    /// <summary>"64→64 with 128 parameters", or "none".</summary>
    private static string DescribeCustom(ReadOnlySpan<int> shapes)
    {
        if (shapes.IsEmpty)
        {
            return "none";
        }

        var parts = new string[shapes.Length / 3];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = FormattableString.Invariant($"{shapes[3 * i]}→{shapes[(3 * i) + 1]} with {shapes[(3 * i) + 2]} parameters");
        }

        return string.Join(", ", parts);
    }

    /// <summary>Throws unless every Affine layer's weights and bias lie inside <paramref name="length"/> parameters.</summary>
    private static void CheckOffsets(int length, IReadOnlyList<NetworkLayer> layers)
    {
        foreach (NetworkLayer layer in layers)
        {
            if (layer.Kind == NetworkLayerKind.Custom && (long)layer.WeightsOffset + layer.ParameterCount > length)
            {
                throw new ArgumentException($"The parameters of {layer} (at {layer.WeightsOffset}, {layer.ParameterCount} entries) do not fit in {length} parameters.", nameof(layers));
            }

            if (layer.Kind == NetworkLayerKind.Affine
                && ((long)layer.WeightsOffset + ((long)layer.Inputs * layer.Outputs) > length || (long)layer.BiasOffset + layer.Outputs > length))
            {
                throw new ArgumentException($"The parameters of {layer} (weights at {layer.WeightsOffset}, bias at {layer.BiasOffset}) do not fit in {length} parameters.", nameof(layers));
            }
        }
    }

    private static int ElementSize<T>() => typeof(T) == typeof(float) ? sizeof(float) : sizeof(double);

    /// <summary>"4×5, 5×3".</summary>
    private static string Describe(ReadOnlySpan<int> shapes)
    {
        var parts = new string[shapes.Length / 2];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = shapes[2 * i].ToString(CultureInfo.InvariantCulture) + "×" + shapes[(2 * i) + 1].ToString(CultureInfo.InvariantCulture);
        }

        return string.Join(", ", parts);
    }
}
