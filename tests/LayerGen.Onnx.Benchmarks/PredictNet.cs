namespace LayerGen.Onnx.Benchmarks;

/// <summary>The Fashion-MNIST sample's network: 784 → 256 → 128 → 10, ReLU, softmax cross-entropy.</summary>
[Affine(784, 256), Relu]
[Affine(256, 128), Relu]
[Affine(128, 10), SoftmaxWithLoss]
public sealed partial class PredictNet;
