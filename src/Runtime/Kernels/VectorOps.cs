using System.Numerics;

namespace LayerGen;

/// <summary>Small element-wise helpers shared by the kernels.</summary>
internal static class VectorOps
{
    /// <summary><c>destination += source</c> element-wise over <c>destination.Length</c> entries.</summary>
    public static void Add<T>(Span<T> destination, ReadOnlySpan<T> source, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] += source[i];
        }
    }
}
