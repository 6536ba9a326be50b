namespace LayerGen;

/// <summary>
/// A custom layer: the class declares <c>static void ForwardRow(ReadOnlySpan&lt;T&gt; x, Span&lt;T&gt; y, …)</c> for one row
/// (<c>T</c> is <see cref="float"/> or <see cref="double"/>) and LayerGen generates <c>Forward</c> over a batch and the
/// derived <c>Backward</c> (reverse-mode automatic differentiation of <c>ForwardRow</c> at compile time).
/// </summary>
/// <remarks>
/// Place it on a <c>partial</c> class. Extra <c>ReadOnlySpan&lt;T&gt;</c> parameters of <c>ForwardRow</c> marked
/// <see cref="LearnableAttribute"/> are the layer's learnable parameters (a LayerNorm's gain and bias, say): the generated
/// class stores them, and <c>Backward</c> adds their gradients over the batch. Inside a network use
/// <see cref="LayerAttribute{TLayer}"/>. See docs/custom-layers.md for the supported C# subset.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DifferentiableLayerAttribute : Attribute
{
    /// <summary>A layer whose rows keep their size: <paramref name="size"/> inputs and <paramref name="size"/> outputs.</summary>
    /// <param name="size">Entries per input and output row; must be positive.</param>
    public DifferentiableLayerAttribute(int size)
    {
        Inputs = size;
        Outputs = size;
    }

    /// <summary>A layer that reads rows of <paramref name="inputs"/> entries and writes rows of <paramref name="outputs"/>.</summary>
    /// <param name="inputs">Entries per input row (the length of <c>x</c> in <c>ForwardRow</c>); must be positive.</param>
    /// <param name="outputs">Entries per output row (the length of <c>y</c>); must be positive.</param>
    public DifferentiableLayerAttribute(int inputs, int outputs)
    {
        Inputs = inputs;
        Outputs = outputs;
    }

    /// <summary>Entries per input row.</summary>
    public int Inputs { get; }

    /// <summary>Entries per output row.</summary>
    public int Outputs { get; }
}
