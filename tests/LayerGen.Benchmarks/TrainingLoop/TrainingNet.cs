namespace LayerGen.Benchmarks.TrainingLoop;

/// <summary>The sample's network (samples/FashionMnist/FashionNet.cs), declared here so the training benchmark runs the same generated code.</summary>
[Affine(784, 256), Relu]
[Affine(256, 128), Relu]
[Affine(128, 10), SoftmaxWithLoss]
internal sealed partial class TrainingNet;
