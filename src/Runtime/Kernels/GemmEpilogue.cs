namespace LayerGen;

/// <summary>What a matrix product does to each output value as it stores it for the last time.</summary>
internal enum GemmEpilogue
{
    /// <summary>Store the value.</summary>
    None,

    /// <summary>Store <c>max(value, 0)</c> (NaN stays NaN), the forward Relu fused into <c>x·W + b</c>.</summary>
    Relu,

    /// <summary>
    /// Store the value where the mask entry at the same position is positive, else 0: the Relu backward
    /// <c>dx = (dy·Wᵀ) ⊙ [y &gt; 0]</c> fused into the input gradient.
    /// </summary>
    PositiveMask,
}
