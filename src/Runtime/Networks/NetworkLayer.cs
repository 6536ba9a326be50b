namespace LayerGen;

/// <summary>
/// One layer of a generated network: its kind, sizes and, for an Affine layer, where its weights and bias are in
/// <see cref="ISequentialNetwork{T}.Parameters"/>. Exporters such as <c>LayerGen.Onnx</c> read a network through these.
/// </summary>
public readonly record struct NetworkLayer
{
    private readonly int _customParameterCount;

    private NetworkLayer(NetworkLayerKind kind, int inputs, int outputs, int weightsOffset, int biasOffset, string? name = null, int customParameterCount = 0)
    {
        Kind = kind;
        Inputs = inputs;
        Outputs = outputs;
        WeightsOffset = weightsOffset;
        BiasOffset = biasOffset;
        Name = name;
        _customParameterCount = customParameterCount;
    }

    /// <summary>For a <see cref="NetworkLayerKind.Custom"/> layer, its class name; otherwise <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>What the layer computes.</summary>
    public NetworkLayerKind Kind { get; }

    /// <summary>Values per row the layer reads.</summary>
    public int Inputs { get; }

    /// <summary>Values per row the layer writes; equal to <see cref="Inputs"/> for every kind but Affine and Custom.</summary>
    public int Outputs { get; }

    /// <summary>
    /// Affine: index in the network's parameters of the first of <c>Inputs × Outputs</c> weights, row-major
    /// (row = input, column = output); Custom: index of its first learnable parameter; -1 for the other kinds.
    /// </summary>
    public int WeightsOffset { get; }

    /// <summary>Affine only: index in the network's parameters of the first of <c>Outputs</c> biases; -1 for the other kinds.</summary>
    public int BiasOffset { get; }

    /// <summary>Number of parameters of the layer: <c>Inputs × Outputs + Outputs</c> for Affine, its learnable parameters for Custom, 0 otherwise.</summary>
    public int ParameterCount => Kind switch
    {
        NetworkLayerKind.Affine => (Inputs * Outputs) + Outputs,
        NetworkLayerKind.Custom => _customParameterCount,
        _ => 0,
    };

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

    /// <summary>Describes a custom layer named <paramref name="name"/> whose learnable parameters start at <paramref name="parametersOffset"/>.</summary>
    /// <param name="name">The layer's class name.</param>
    /// <param name="inputs">Values per input row.</param>
    /// <param name="outputs">Values per output row.</param>
    /// <param name="parametersOffset">Index of its first learnable parameter in the network's parameters.</param>
    /// <param name="parameterCount">Number of its learnable parameters (0 allowed).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive, or the offset or count is negative.</exception>
    public static NetworkLayer CustomLayer(string name, int inputs, int outputs, int parametersOffset, int parameterCount)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        ArgumentOutOfRangeException.ThrowIfNegative(parametersOffset);
        ArgumentOutOfRangeException.ThrowIfNegative(parameterCount);
        return new NetworkLayer(NetworkLayerKind.Custom, inputs, outputs, parametersOffset, -1, name, parameterCount);
    }

    /// <summary>Describes a layer without parameters (an activation, a softmax or the loss) over rows of <paramref name="size"/> values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is Affine (use <see cref="Affine"/>) or not a defined kind.</exception>
    public static NetworkLayer WithoutParameters(NetworkLayerKind kind, int size)
    {
        if (kind is NetworkLayerKind.Affine or NetworkLayerKind.Custom || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Kind {kind} is not a layer without parameters; use NetworkLayer.Affine or NetworkLayer.CustomLayer.", nameof(kind));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return new NetworkLayer(kind, size, size, -1, -1);
    }

    /// <summary>For example <c>Affine(784, 256)</c>, <c>Relu(256)</c> or <c>LayerNorm64(64, 64)</c>.</summary>
    public override string ToString() => Kind switch
    {
        NetworkLayerKind.Affine => FormattableString.Invariant($"Affine({Inputs}, {Outputs})"),
        NetworkLayerKind.Custom => FormattableString.Invariant($"{Name}({Inputs}, {Outputs})"),
        _ => FormattableString.Invariant($"{Kind}({Outputs})"),
    };
}
