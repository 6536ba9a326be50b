namespace LayerGen;

/// <summary>
/// Marks an extra <c>ReadOnlySpan&lt;T&gt;</c> parameter of a custom layer's <c>ForwardRow</c> as a learnable parameter
/// of <paramref name="length"/> entries. The generated class stores it, passes it to every row, exposes it as a span
/// named after the parameter (<c>gain</c> → <c>Gain</c>, <c>GainGradient</c>) and sums its gradient over the batch.
/// </summary>
/// <param name="length">Number of entries; must be positive.</param>
/// <remarks>
/// Entries start at <see cref="Initial"/>. With <see cref="StandardDeviation"/> &gt; 0 they start at
/// <c>Initial + StandardDeviation · N(0, 1)</c> instead, drawn from a fixed seed (inside a network, from the network's
/// <c>LayerOptions.Seed</c>), which breaks the symmetry of weight-like parameters.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class LearnableAttribute(int length) : Attribute
{
    /// <summary>Number of entries.</summary>
    public int Length { get; } = length;

    /// <summary>The initial value of every entry (0 unless set; a LayerNorm gain uses 1); must be finite.</summary>
    public double Initial { get; set; }

    /// <summary>
    /// Standard deviation of random initial values around <see cref="Initial"/>; 0 (the default) starts every entry at
    /// <see cref="Initial"/> exactly. Must be finite and not negative.
    /// </summary>
    public double StandardDeviation { get; set; }
}
