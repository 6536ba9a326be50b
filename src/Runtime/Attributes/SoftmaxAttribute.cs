namespace LayerGen;

/// <summary>
/// A row-wise softmax layer over rows of a fixed size. Each row has its own maximum subtracted
/// before <c>exp</c> and is divided by its own sum, so rows of any scale stay finite.
/// </summary>
/// <remarks>
/// The size is a compile-time constant, so the generator emits a softmax specialised for it
/// (unrolled scalar code for small rows, <c>Vector256</c> code otherwise; see <see cref="LayerOptionsAttribute.Kernel"/>).
/// A standalone layer must state its size; inside a network it may be left out and is implied by the previous layer.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SoftmaxAttribute : Attribute
{
    /// <summary>Creates a softmax whose size is implied by the previous layer of a network.</summary>
    public SoftmaxAttribute()
    {
    }

    /// <summary>Creates a softmax over rows of <paramref name="size"/> entries.</summary>
    /// <param name="size">Number of entries per row; must be positive.</param>
    public SoftmaxAttribute(int size) => Size = size;

    /// <summary>Number of entries per row, or 0 when implied by the previous layer.</summary>
    public int Size { get; }
}
