namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What the source of a user method says about its delegate parameter (<see cref="ElementMapReader"/>): the method
/// applies the delegate to every element of one container (its receiver or one of its parameters) and keeps each
/// result as one element, as <c>Enumerable.Select</c> does. <see cref="None"/> for any other method.
/// </summary>
internal sealed class ElementMapShape
{
    /// <summary>The ordinal <see cref="SourceOrdinal"/> takes when the mapped container is the receiver (<c>this</c>).</summary>
    public const int Receiver = -1;

    /// <summary>Not an element-wise map (or not known to be one): the call stays an ordinary call.</summary>
    public static readonly ElementMapShape None = new(-2, -2, returnsMapped: false);

    public ElementMapShape(int delegateOrdinal, int sourceOrdinal, bool returnsMapped)
    {
        DelegateOrdinal = delegateOrdinal;
        SourceOrdinal = sourceOrdinal;
        ReturnsMapped = returnsMapped;
    }

    /// <summary>The ordinal of the delegate parameter applied to each element.</summary>
    public int DelegateOrdinal { get; }

    /// <summary>The ordinal of the parameter whose elements are mapped, or <see cref="Receiver"/>.</summary>
    public int SourceOrdinal { get; }

    /// <summary>True when the method returns a container (the mapped elements); false for a <c>void</c> in-place map.</summary>
    public bool ReturnsMapped { get; }

    public bool IsNone => DelegateOrdinal < 0;
}
