namespace LayerGen;

/// <summary>
/// A custom layer inside a network: <typeparamref name="TLayer"/> is a class with <see cref="DifferentiableLayerAttribute"/>
/// declared in the same project. It runs in source order among the other layer attributes, e.g.
/// <c>[Affine(784, 64), Layer&lt;LayerNorm64&gt;, Relu, Affine(64, 10), SoftmaxWithLoss]</c>.
/// </summary>
/// <typeparam name="TLayer">The custom layer; its inputs must equal the previous layer's outputs and its element type the network's.</typeparam>
/// <remarks>
/// The network stores the layer's learnable parameters among its own (after the preceding layers' parameters), trains them
/// with <c>Step</c>/<c>StepAdam</c>, and saves and loads them with the rest.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class LayerAttribute<TLayer> : Attribute
    where TLayer : class
{
}
