namespace LayerGen.Onnx.Tests;

// Every layer kind in both precisions; each class is exported and run in ONNX Runtime against its own Forward.

/// <summary>Affine, Relu, Sigmoid, Tanh and the loss layer, float.</summary>
[Affine(12, 16), Relu]
[Affine(16, 8), Sigmoid]
[Affine(8, 6), Tanh]
[Affine(6, 5), SoftmaxWithLoss]
public sealed partial class FloatClassifier;

/// <summary>The same layers in double precision.</summary>
[LayerOptions(Precision = Precision.Double, Seed = 7)]
[Affine(12, 16), Relu]
[Affine(16, 8), Sigmoid]
[Affine(8, 6), Tanh]
[Affine(6, 5), SoftmaxWithLoss]
public sealed partial class DoubleClassifier;

/// <summary>A plain softmax as the last layer: Forward returns probabilities.</summary>
[Affine(7, 9), Tanh, Affine(9, 4), Softmax]
public sealed partial class FloatSoftmaxOutput;

/// <summary>A plain softmax as the last layer, double.</summary>
[LayerOptions(Precision = Precision.Double)]
[Affine(7, 9), Tanh, Affine(9, 4), Softmax]
public sealed partial class DoubleSoftmaxOutput;

/// <summary>A softmax inside the network (wide enough for the Vector256 row kernel) and no softmax at the end.</summary>
[Affine(6, 24), Softmax, Affine(24, 3), Relu]
public sealed partial class FloatInnerSoftmax;

/// <summary>One Affine layer: a linear regression, no probabilities.</summary>
[LayerOptions(Precision = Precision.Double)]
[Affine(5, 2)]
public sealed partial class DoubleLinear;

/// <summary>The sample's network shape, float, with the runtime softmax kernel.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Runtime)]
[Affine(784, 256), Relu]
[Affine(256, 128), Relu]
[Affine(128, 10), SoftmaxWithLoss]
public sealed partial class FashionShapedNet;

/// <summary>A custom layer, which ONNX export rejects (its ForwardRow is C# code).</summary>
[DifferentiableLayer(8)]
public sealed partial class Swish8
{
    private static void ForwardRow(System.ReadOnlySpan<float> x, System.Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] / (1 + System.MathF.Exp(-x[i]));
        }
    }
}

/// <summary>A network with the custom layer between its affine layers.</summary>
[Affine(4, 8), Layer<Swish8>, Affine(8, 3), SoftmaxWithLoss]
public sealed partial class CustomLayerNet;
