namespace LayerGen;

/// <summary>
/// One layer of a generated network: its kind, sizes and, for an Affine layer, where its weights and bias are in
/// <see cref="ISequentialNetwork{T}.Parameters"/>. Exporters such as <c>LayerGen.Onnx</c> read a network through these.
/// </summary>
public readonly record struct NetworkLayer
{
    private NetworkLayer(NetworkLayerKind kind, int inputs, int outputs, int weightsOffset, int biasOffset)
    {
        Kind = kind;
        Inputs = inputs;
        Outputs = outputs;
        WeightsOffset = weightsOffset;
        BiasOffset = biasOffset;
    }

    /// <summary>What the layer computes.</summary>
    public NetworkLayerKind Kind { get; }

    /// <summary>Values per row the layer reads.</summary>
    public int Inputs { get; }

    /// <summary>Values per row the layer writes; equal to <see cref="Inputs"/> for every kind but Affine.</summary>
    public int Outputs { get; }

    /// <summary>
    /// Affine only: index in the network's parameters of the first of <c>Inputs × Outputs</c> weights, row-major
    /// (row = input, column = output); -1 for the other kinds.
    /// </summary>
    public int WeightsOffset { get; }

    /// <summary>Affine only: index in the network's parameters of the first of <c>Outputs</c> biases; -1 for the other kinds.</summary>
    public int BiasOffset { get; }

    /// <summary>Number of parameters of the layer: <c>Inputs × Outputs + Outputs</c> for Affine, 0 otherwise.</summary>
    public int ParameterCount => Kind == NetworkLayerKind.Affine ? (Inputs * Outputs) + Outputs : 0;

    /// <summary>Describes an Affine layer whose weights start at <paramref name="weightsOffset"/> and bias at <paramref name="biasOffset"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive or an offset is negative.</exception>
    public static NetworkLayer Affine(int inputs, int outputs, int weightsOffset, int biasOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        ArgumentOutOfRangeException.ThrowIfNegative(weightsOffset);
        ArgumentOutOfRangeException.ThrowIfNegative(biasOffset);
        return new NetworkLayer(NetworkLayerKind.Affine, inputs, outputs, weightsOffset, biasOffset);
    }

    /// <summary>Describes a layer without parameters (an activation, a softmax or the loss) over rows of <paramref name="size"/> values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is Affine (use <see cref="Affine"/>) or not a defined kind.</exception>
    public static NetworkLayer WithoutParameters(NetworkLayerKind kind, int size)
    {
        if (kind == NetworkLayerKind.Affine || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Kind {kind} is not a layer without parameters; use NetworkLayer.Affine for Affine layers.", nameof(kind));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return new NetworkLayer(kind, size, size, -1, -1);
    }

    /// <summary>For example <c>Affine(784, 256)</c> or <c>Relu(256)</c>.</summary>
    public override string ToString() => Kind == NetworkLayerKind.Affine
        ? FormattableString.Invariant($"Affine({Inputs}, {Outputs})")
        : FormattableString.Invariant($"{Kind}({Outputs})");
}
