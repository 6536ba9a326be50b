// Compiled into both LayerGen.Generator and LayerGen.Analyzers (see Validation/README in LayerValidator.cs).
namespace LayerGen.Validation;

/// <summary>The kinds of layer attributes.</summary>
internal enum LayerKind
{
    Affine,
    Relu,
    Sigmoid,
    Tanh,
    Softmax,
    SoftmaxWithLoss,

    /// <summary>A custom layer inside a network: <c>[Layer&lt;T&gt;]</c> where <c>T</c> has <c>[DifferentiableLayer]</c>.</summary>
    Custom,
}

/// <summary>Names and argument shapes of the layer attributes.</summary>
internal static class LayerKinds
{
    /// <summary>The layer kind of a LayerGen attribute class name, or <see langword="null"/>.</summary>
    public static LayerKind? FromAttributeName(string attributeClassName) => attributeClassName switch
    {
        "AffineAttribute" => LayerKind.Affine,
        "ReluAttribute" => LayerKind.Relu,
        "SigmoidAttribute" => LayerKind.Sigmoid,
        "TanhAttribute" => LayerKind.Tanh,
        "SoftmaxAttribute" => LayerKind.Softmax,
        "SoftmaxWithLossAttribute" => LayerKind.SoftmaxWithLoss,
        "LayerAttribute" => LayerKind.Custom,
        _ => null,
    };

    /// <summary>The attribute name as written by users (<c>Affine</c>, <c>Relu</c>, …).</summary>
    public static string DisplayName(this LayerKind kind) => kind switch
    {
        LayerKind.Affine => "Affine",
        LayerKind.Relu => "Relu",
        LayerKind.Sigmoid => "Sigmoid",
        LayerKind.Tanh => "Tanh",
        LayerKind.Softmax => "Softmax",
        LayerKind.Custom => "Layer",
        _ => "SoftmaxWithLoss",
    };

    /// <summary>True for the element-wise activations (Relu, Sigmoid, Tanh), whose size is the previous layer's.</summary>
    public static bool IsActivation(this LayerKind kind) => kind is LayerKind.Relu or LayerKind.Sigmoid or LayerKind.Tanh;

    /// <summary>True for Softmax and SoftmaxWithLoss, whose one optional argument is the row size.</summary>
    public static bool IsSoftmax(this LayerKind kind) => kind is LayerKind.Softmax or LayerKind.SoftmaxWithLoss;

    /// <summary>Whether an attribute constructor with <paramref name="arguments"/> arguments is one of ours.</summary>
    public static bool HasExpectedArity(this LayerKind kind, int arguments) => kind switch
    {
        LayerKind.Affine => arguments == 2,
        LayerKind.Softmax or LayerKind.SoftmaxWithLoss => arguments <= 1,
        _ => arguments == 0,
    };
}
