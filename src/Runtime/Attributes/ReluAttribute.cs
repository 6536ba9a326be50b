namespace LayerGen;

/// <summary>
/// An element-wise rectified linear unit <c>y = max(x, 0)</c> activation layer. Its size is the previous layer's output size,
/// so it is used inside a network, after an <see cref="AffineAttribute"/>.
/// </summary>
/// <remarks>Place it on a <c>partial</c> class; the LayerGen generator writes the forward and backward code.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ReluAttribute : Attribute
{
}
