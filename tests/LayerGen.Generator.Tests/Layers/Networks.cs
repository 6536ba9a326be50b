// Networks generated at build time for the behaviour tests.
namespace LayerGen.Generator.Tests.Layers;

/// <summary>The network of the design brief, in double for gradient checks.</summary>
[LayerOptions(Precision = Precision.Double, Seed = 42, Kernel = SoftmaxKernel.Vector256)]
[Affine(4, 5), Relu, Affine(5, 3), SoftmaxWithLoss]
public partial class TinyNetDouble;

/// <summary>Sigmoid and Tanh variant.</summary>
[LayerOptions(Precision = Precision.Double, Seed = 7)]
[Affine(4, 6), Sigmoid]
[Affine(6, 5), Tanh]
[Affine(5, 3), SoftmaxWithLoss]
public partial class SmoothNetDouble;

/// <summary>A softmax layer inside the network (its size implied), with the scalar kernel.</summary>
[LayerOptions(Precision = Precision.Double, Seed = 3, Kernel = SoftmaxKernel.Scalar)]
[Affine(4, 6), Tanh, Affine(6, 9), Softmax, Affine(9, 3), SoftmaxWithLoss]
public partial class SoftmaxInsideNetDouble;

/// <summary>The same shapes as <see cref="TinyNetDouble"/> in float.</summary>
[Affine(4, 5), Relu, Affine(5, 3), SoftmaxWithLoss]
public partial class TinyNetFloat;

/// <summary>A small classifier for the training test.</summary>
[LayerOptions(Seed = 1)]
[Affine(2, 32), Relu, Affine(32, 32), Relu, Affine(32, 3), SoftmaxWithLoss]
public partial class RingsNet;

/// <summary>A wide first layer for the initialiser statistics.</summary>
[Affine(784, 256), Relu, Affine(256, 10), SoftmaxWithLoss]
public partial class WideNet;

/// <summary>A forward-only network (no loss layer): a single Affine layer.</summary>
[LayerOptions(Seed = 5)]
[Affine(3, 2)]
public partial class LinearOnly;
