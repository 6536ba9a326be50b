namespace LayerGen;

/// <summary>The kind of one layer of a generated network, as <see cref="ISequentialNetwork{T}.Layers"/> describes it.</summary>
public enum NetworkLayerKind
{
    /// <summary><c>y = x · W + b</c> with <c>W</c> of <c>Inputs × Outputs</c> (row-major) and <c>b</c> of <c>Outputs</c> entries.</summary>
    Affine,

    /// <summary>Element-wise <c>max(x, 0)</c>.</summary>
    Relu,

    /// <summary>Element-wise <c>1 / (1 + exp(-x))</c>.</summary>
    Sigmoid,

    /// <summary>Element-wise hyperbolic tangent.</summary>
    Tanh,

    /// <summary>Softmax over each row: <c>exp(x - max) / Σ exp(x - max)</c>.</summary>
    Softmax,

    /// <summary>
    /// The fused softmax cross-entropy loss of a trained network. It does not change what <c>Forward</c> returns (the
    /// logits, the output of the layer before it); its softmax turns those logits into class probabilities.
    /// </summary>
    SoftmaxWithLoss,

    /// <summary>
    /// A custom layer (<see cref="DifferentiableLayerAttribute"/>, used as <see cref="LayerAttribute{TLayer}"/>): its
    /// <c>ForwardRow</c> is user code, named by <see cref="NetworkLayer.Name"/>; its learnable parameters start at
    /// <see cref="NetworkLayer.WeightsOffset"/>.
    /// </summary>
    Custom,
}
