namespace LayerGen;

/// <summary>
/// A fully connected layer <c>y = xW + b</c> with a weight matrix of <paramref name="inputs"/> rows
/// and <paramref name="outputs"/> columns (row-major) and a bias of <paramref name="outputs"/> entries.
/// </summary>
/// <param name="inputs">Number of input features per row; must equal the previous layer's output.</param>
/// <param name="outputs">Number of output features per row.</param>
/// <remarks>Place it on a <c>partial</c> class; the LayerGen generator writes the forward and backward code.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class AffineAttribute(int inputs, int outputs) : Attribute
{
    /// <summary>Number of input features per row.</summary>
    public int Inputs { get; } = inputs;

    /// <summary>Number of output features per row.</summary>
    public int Outputs { get; } = outputs;
}
