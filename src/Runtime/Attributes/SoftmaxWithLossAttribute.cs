namespace LayerGen;

/// <summary>
/// Softmax fused with cross-entropy loss: computes the loss from logits with a stable log-sum-exp
/// and the gradient <c>(softmax(x) - onehot(t)) / N</c>. It must be the last layer of a network.
/// </summary>
/// <remarks>
/// A standalone layer must state the number of classes; inside a network it may be left out and is
/// implied by the previous layer.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SoftmaxWithLossAttribute : Attribute
{
    /// <summary>Creates a loss layer whose number of classes is implied by the previous layer of a network.</summary>
    public SoftmaxWithLossAttribute()
    {
    }

    /// <summary>Creates a loss layer over <paramref name="classes"/> classes.</summary>
    /// <param name="classes">Number of classes (logits per row); must be positive.</param>
    public SoftmaxWithLossAttribute(int classes) => Classes = classes;

    /// <summary>Number of classes, or 0 when implied by the previous layer.</summary>
    public int Classes { get; }
}
