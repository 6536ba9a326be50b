using LayerGen;

namespace FashionMnist;

/// <summary>
/// The Fashion-MNIST classifier: 784 pixels → 256 → 128 → 10 classes with ReLU between the layers and a fused
/// softmax cross-entropy loss. LayerGen's generator writes Forward, Loss, Backward, Step, Predict and the rest.
/// </summary>
[Affine(784, 256), Relu]
[Affine(256, 128), Relu]
[Affine(128, 10), SoftmaxWithLoss]
internal sealed partial class FashionNet;
