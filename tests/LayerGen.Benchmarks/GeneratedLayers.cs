namespace LayerGen.Benchmarks;

// One class per fixed size and kernel variant: the kernel is a compile-time choice per class.
// Unrolled is valid for sizes up to 16 only, so it exists for 10 alone.

/// <summary>Generated softmax over rows of 10, scalar loops.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(10)] public partial class Softmax10Scalar : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 10, fully unrolled.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(10)] public partial class Softmax10Unrolled : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 10, Vector256.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(10)] public partial class Softmax10Vector256 : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 10, calling the runtime kernel.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(10)] public partial class Softmax10Runtime : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 10, kernel picked automatically.</summary>
[Softmax(10)] public partial class Softmax10Auto : IFixedSizeSoftmax;

/// <summary>Generated softmax over rows of 64, scalar loops.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(64)] public partial class Softmax64Scalar : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 64, Vector256.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(64)] public partial class Softmax64Vector256 : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 64, calling the runtime kernel.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(64)] public partial class Softmax64Runtime : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 64, kernel picked automatically.</summary>
[Softmax(64)] public partial class Softmax64Auto : IFixedSizeSoftmax;

/// <summary>Generated softmax over rows of 1024, scalar loops.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(1024)] public partial class Softmax1024Scalar : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 1024, Vector256.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(1024)] public partial class Softmax1024Vector256 : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 1024, calling the runtime kernel.</summary>
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(1024)] public partial class Softmax1024Runtime : IFixedSizeSoftmax;
/// <summary>Generated softmax over rows of 1024, kernel picked automatically.</summary>
[Softmax(1024)] public partial class Softmax1024Auto : IFixedSizeSoftmax;
