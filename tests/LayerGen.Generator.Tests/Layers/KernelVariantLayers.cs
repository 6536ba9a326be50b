// One class per softmax kernel variant and size, generated at build time by LayerGen.Generator.
// The kernel is a compile-time choice per class, so every variant needs its own class. (Unrolled exists for sizes <= 16 only.)
// KernelVariants lists them by "kernel/size" for the tests.
namespace LayerGen.Generator.Tests.Layers;

[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(1)] public partial class SoftmaxAuto1Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(2)] public partial class SoftmaxAuto2Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(3)] public partial class SoftmaxAuto3Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(7)] public partial class SoftmaxAuto7Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(8)] public partial class SoftmaxAuto8Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(9)] public partial class SoftmaxAuto9Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(10)] public partial class SoftmaxAuto10Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(16)] public partial class SoftmaxAuto16Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(17)] public partial class SoftmaxAuto17Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(31)] public partial class SoftmaxAuto31Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(48)] public partial class SoftmaxAuto48Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(48)] public partial class SoftmaxVector25648Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(64)] public partial class SoftmaxAuto64Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(100)] public partial class SoftmaxAuto100Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [Softmax(1024)] public partial class SoftmaxAuto1024Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(1)] public partial class SoftmaxScalar1Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(2)] public partial class SoftmaxScalar2Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(3)] public partial class SoftmaxScalar3Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(7)] public partial class SoftmaxScalar7Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(8)] public partial class SoftmaxScalar8Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(9)] public partial class SoftmaxScalar9Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(10)] public partial class SoftmaxScalar10Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(16)] public partial class SoftmaxScalar16Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(17)] public partial class SoftmaxScalar17Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(31)] public partial class SoftmaxScalar31Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(64)] public partial class SoftmaxScalar64Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(100)] public partial class SoftmaxScalar100Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [Softmax(1024)] public partial class SoftmaxScalar1024Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(1)] public partial class SoftmaxUnrolled1Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(2)] public partial class SoftmaxUnrolled2Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(3)] public partial class SoftmaxUnrolled3Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(7)] public partial class SoftmaxUnrolled7Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(8)] public partial class SoftmaxUnrolled8Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(9)] public partial class SoftmaxUnrolled9Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(10)] public partial class SoftmaxUnrolled10Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(16)] public partial class SoftmaxUnrolled16Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(1)] public partial class SoftmaxVector2561Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(2)] public partial class SoftmaxVector2562Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(3)] public partial class SoftmaxVector2563Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(7)] public partial class SoftmaxVector2567Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(8)] public partial class SoftmaxVector2568Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(9)] public partial class SoftmaxVector2569Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(10)] public partial class SoftmaxVector25610Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(16)] public partial class SoftmaxVector25616Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(17)] public partial class SoftmaxVector25617Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(31)] public partial class SoftmaxVector25631Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(64)] public partial class SoftmaxVector25664Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(100)] public partial class SoftmaxVector256100Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(1024)] public partial class SoftmaxVector2561024Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(1)] public partial class SoftmaxRuntime1Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(2)] public partial class SoftmaxRuntime2Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(3)] public partial class SoftmaxRuntime3Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(7)] public partial class SoftmaxRuntime7Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(8)] public partial class SoftmaxRuntime8Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(9)] public partial class SoftmaxRuntime9Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(10)] public partial class SoftmaxRuntime10Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(16)] public partial class SoftmaxRuntime16Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(17)] public partial class SoftmaxRuntime17Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(31)] public partial class SoftmaxRuntime31Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(64)] public partial class SoftmaxRuntime64Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(100)] public partial class SoftmaxRuntime100Float : IFloatSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [Softmax(1024)] public partial class SoftmaxRuntime1024Float : IFloatSoftmax;

[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossAuto1Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(2)] public partial class SoftmaxWithLossAuto2Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossAuto3Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(7)] public partial class SoftmaxWithLossAuto7Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(8)] public partial class SoftmaxWithLossAuto8Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(9)] public partial class SoftmaxWithLossAuto9Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossAuto10Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(16)] public partial class SoftmaxWithLossAuto16Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(17)] public partial class SoftmaxWithLossAuto17Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(31)] public partial class SoftmaxWithLossAuto31Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(64)] public partial class SoftmaxWithLossAuto64Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(100)] public partial class SoftmaxWithLossAuto100Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto)] [SoftmaxWithLoss(1024)] public partial class SoftmaxWithLossAuto1024Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossScalar1Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(2)] public partial class SoftmaxWithLossScalar2Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossScalar3Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(7)] public partial class SoftmaxWithLossScalar7Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(8)] public partial class SoftmaxWithLossScalar8Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(9)] public partial class SoftmaxWithLossScalar9Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossScalar10Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(16)] public partial class SoftmaxWithLossScalar16Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(17)] public partial class SoftmaxWithLossScalar17Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(31)] public partial class SoftmaxWithLossScalar31Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(64)] public partial class SoftmaxWithLossScalar64Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(100)] public partial class SoftmaxWithLossScalar100Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar)] [SoftmaxWithLoss(1024)] public partial class SoftmaxWithLossScalar1024Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossUnrolled1Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [SoftmaxWithLoss(2)] public partial class SoftmaxWithLossUnrolled2Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossUnrolled3Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [SoftmaxWithLoss(7)] public partial class SoftmaxWithLossUnrolled7Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [SoftmaxWithLoss(8)] public partial class SoftmaxWithLossUnrolled8Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [SoftmaxWithLoss(9)] public partial class SoftmaxWithLossUnrolled9Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossUnrolled10Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [SoftmaxWithLoss(16)] public partial class SoftmaxWithLossUnrolled16Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossVector2561Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(2)] public partial class SoftmaxWithLossVector2562Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossVector2563Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(7)] public partial class SoftmaxWithLossVector2567Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(8)] public partial class SoftmaxWithLossVector2568Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(9)] public partial class SoftmaxWithLossVector2569Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossVector25610Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(16)] public partial class SoftmaxWithLossVector25616Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(17)] public partial class SoftmaxWithLossVector25617Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(31)] public partial class SoftmaxWithLossVector25631Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(64)] public partial class SoftmaxWithLossVector25664Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(100)] public partial class SoftmaxWithLossVector256100Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [SoftmaxWithLoss(1024)] public partial class SoftmaxWithLossVector2561024Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossRuntime1Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(2)] public partial class SoftmaxWithLossRuntime2Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossRuntime3Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(7)] public partial class SoftmaxWithLossRuntime7Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(8)] public partial class SoftmaxWithLossRuntime8Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(9)] public partial class SoftmaxWithLossRuntime9Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossRuntime10Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(16)] public partial class SoftmaxWithLossRuntime16Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(17)] public partial class SoftmaxWithLossRuntime17Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(31)] public partial class SoftmaxWithLossRuntime31Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(64)] public partial class SoftmaxWithLossRuntime64Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(100)] public partial class SoftmaxWithLossRuntime100Float : IFloatLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime)] [SoftmaxWithLoss(1024)] public partial class SoftmaxWithLossRuntime1024Float : IFloatLoss;

[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [Softmax(1)] public partial class SoftmaxAuto1Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [Softmax(3)] public partial class SoftmaxAuto3Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [Softmax(4)] public partial class SoftmaxAuto4Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [Softmax(5)] public partial class SoftmaxAuto5Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [Softmax(10)] public partial class SoftmaxAuto10Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [Softmax(17)] public partial class SoftmaxAuto17Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [Softmax(24)] public partial class SoftmaxAuto24Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [Softmax(24)] public partial class SoftmaxVector25624Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [Softmax(1)] public partial class SoftmaxScalar1Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [Softmax(3)] public partial class SoftmaxScalar3Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [Softmax(4)] public partial class SoftmaxScalar4Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [Softmax(5)] public partial class SoftmaxScalar5Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [Softmax(10)] public partial class SoftmaxScalar10Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [Softmax(17)] public partial class SoftmaxScalar17Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [Softmax(1)] public partial class SoftmaxUnrolled1Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [Softmax(3)] public partial class SoftmaxUnrolled3Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [Softmax(4)] public partial class SoftmaxUnrolled4Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [Softmax(5)] public partial class SoftmaxUnrolled5Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [Softmax(10)] public partial class SoftmaxUnrolled10Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [Softmax(1)] public partial class SoftmaxVector2561Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [Softmax(3)] public partial class SoftmaxVector2563Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [Softmax(4)] public partial class SoftmaxVector2564Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [Softmax(5)] public partial class SoftmaxVector2565Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [Softmax(10)] public partial class SoftmaxVector25610Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [Softmax(17)] public partial class SoftmaxVector25617Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [Softmax(1)] public partial class SoftmaxRuntime1Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [Softmax(3)] public partial class SoftmaxRuntime3Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [Softmax(4)] public partial class SoftmaxRuntime4Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [Softmax(5)] public partial class SoftmaxRuntime5Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [Softmax(10)] public partial class SoftmaxRuntime10Double : IDoubleSoftmax;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [Softmax(17)] public partial class SoftmaxRuntime17Double : IDoubleSoftmax;

[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossAuto1Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossAuto3Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [SoftmaxWithLoss(4)] public partial class SoftmaxWithLossAuto4Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [SoftmaxWithLoss(5)] public partial class SoftmaxWithLossAuto5Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossAuto10Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Auto, Precision = Precision.Double)] [SoftmaxWithLoss(17)] public partial class SoftmaxWithLossAuto17Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossScalar1Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossScalar3Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [SoftmaxWithLoss(4)] public partial class SoftmaxWithLossScalar4Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [SoftmaxWithLoss(5)] public partial class SoftmaxWithLossScalar5Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossScalar10Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Scalar, Precision = Precision.Double)] [SoftmaxWithLoss(17)] public partial class SoftmaxWithLossScalar17Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossUnrolled1Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossUnrolled3Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [SoftmaxWithLoss(4)] public partial class SoftmaxWithLossUnrolled4Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [SoftmaxWithLoss(5)] public partial class SoftmaxWithLossUnrolled5Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Unrolled, Precision = Precision.Double)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossUnrolled10Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossVector2561Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossVector2563Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [SoftmaxWithLoss(4)] public partial class SoftmaxWithLossVector2564Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [SoftmaxWithLoss(5)] public partial class SoftmaxWithLossVector2565Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossVector25610Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Vector256, Precision = Precision.Double)] [SoftmaxWithLoss(17)] public partial class SoftmaxWithLossVector25617Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [SoftmaxWithLoss(1)] public partial class SoftmaxWithLossRuntime1Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [SoftmaxWithLoss(3)] public partial class SoftmaxWithLossRuntime3Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [SoftmaxWithLoss(4)] public partial class SoftmaxWithLossRuntime4Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [SoftmaxWithLoss(5)] public partial class SoftmaxWithLossRuntime5Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [SoftmaxWithLoss(10)] public partial class SoftmaxWithLossRuntime10Double : IDoubleLoss;
[LayerOptions(Kernel = SoftmaxKernel.Runtime, Precision = Precision.Double)] [SoftmaxWithLoss(17)] public partial class SoftmaxWithLossRuntime17Double : IDoubleLoss;

/// <summary>Every variant class above, with its kernel and size.</summary>
internal static class KernelVariants
{
    public static readonly IReadOnlyDictionary<string, IFloatSoftmax> FloatSoftmaxes = new Dictionary<string, IFloatSoftmax>
    {
        ["Auto/1"] = new SoftmaxAuto1Float(),
        ["Auto/2"] = new SoftmaxAuto2Float(),
        ["Auto/3"] = new SoftmaxAuto3Float(),
        ["Auto/7"] = new SoftmaxAuto7Float(),
        ["Auto/8"] = new SoftmaxAuto8Float(),
        ["Auto/9"] = new SoftmaxAuto9Float(),
        ["Auto/10"] = new SoftmaxAuto10Float(),
        ["Auto/48"] = new SoftmaxAuto48Float(),
        ["Vector256/48"] = new SoftmaxVector25648Float(),
        ["Auto/16"] = new SoftmaxAuto16Float(),
        ["Auto/17"] = new SoftmaxAuto17Float(),
        ["Auto/31"] = new SoftmaxAuto31Float(),
        ["Auto/64"] = new SoftmaxAuto64Float(),
        ["Auto/100"] = new SoftmaxAuto100Float(),
        ["Auto/1024"] = new SoftmaxAuto1024Float(),
        ["Scalar/1"] = new SoftmaxScalar1Float(),
        ["Scalar/2"] = new SoftmaxScalar2Float(),
        ["Scalar/3"] = new SoftmaxScalar3Float(),
        ["Scalar/7"] = new SoftmaxScalar7Float(),
        ["Scalar/8"] = new SoftmaxScalar8Float(),
        ["Scalar/9"] = new SoftmaxScalar9Float(),
        ["Scalar/10"] = new SoftmaxScalar10Float(),
        ["Scalar/16"] = new SoftmaxScalar16Float(),
        ["Scalar/17"] = new SoftmaxScalar17Float(),
        ["Scalar/31"] = new SoftmaxScalar31Float(),
        ["Scalar/64"] = new SoftmaxScalar64Float(),
        ["Scalar/100"] = new SoftmaxScalar100Float(),
        ["Scalar/1024"] = new SoftmaxScalar1024Float(),
        ["Unrolled/1"] = new SoftmaxUnrolled1Float(),
        ["Unrolled/2"] = new SoftmaxUnrolled2Float(),
        ["Unrolled/3"] = new SoftmaxUnrolled3Float(),
        ["Unrolled/7"] = new SoftmaxUnrolled7Float(),
        ["Unrolled/8"] = new SoftmaxUnrolled8Float(),
        ["Unrolled/9"] = new SoftmaxUnrolled9Float(),
        ["Unrolled/10"] = new SoftmaxUnrolled10Float(),
        ["Unrolled/16"] = new SoftmaxUnrolled16Float(),
        ["Vector256/1"] = new SoftmaxVector2561Float(),
        ["Vector256/2"] = new SoftmaxVector2562Float(),
        ["Vector256/3"] = new SoftmaxVector2563Float(),
        ["Vector256/7"] = new SoftmaxVector2567Float(),
        ["Vector256/8"] = new SoftmaxVector2568Float(),
        ["Vector256/9"] = new SoftmaxVector2569Float(),
        ["Vector256/10"] = new SoftmaxVector25610Float(),
        ["Vector256/16"] = new SoftmaxVector25616Float(),
        ["Vector256/17"] = new SoftmaxVector25617Float(),
        ["Vector256/31"] = new SoftmaxVector25631Float(),
        ["Vector256/64"] = new SoftmaxVector25664Float(),
        ["Vector256/100"] = new SoftmaxVector256100Float(),
        ["Vector256/1024"] = new SoftmaxVector2561024Float(),
        ["Runtime/1"] = new SoftmaxRuntime1Float(),
        ["Runtime/2"] = new SoftmaxRuntime2Float(),
        ["Runtime/3"] = new SoftmaxRuntime3Float(),
        ["Runtime/7"] = new SoftmaxRuntime7Float(),
        ["Runtime/8"] = new SoftmaxRuntime8Float(),
        ["Runtime/9"] = new SoftmaxRuntime9Float(),
        ["Runtime/10"] = new SoftmaxRuntime10Float(),
        ["Runtime/16"] = new SoftmaxRuntime16Float(),
        ["Runtime/17"] = new SoftmaxRuntime17Float(),
        ["Runtime/31"] = new SoftmaxRuntime31Float(),
        ["Runtime/64"] = new SoftmaxRuntime64Float(),
        ["Runtime/100"] = new SoftmaxRuntime100Float(),
        ["Runtime/1024"] = new SoftmaxRuntime1024Float(),
    };

    public static readonly IReadOnlyDictionary<string, IFloatLoss> FloatLosses = new Dictionary<string, IFloatLoss>
    {
        ["Auto/1"] = new SoftmaxWithLossAuto1Float(),
        ["Auto/2"] = new SoftmaxWithLossAuto2Float(),
        ["Auto/3"] = new SoftmaxWithLossAuto3Float(),
        ["Auto/7"] = new SoftmaxWithLossAuto7Float(),
        ["Auto/8"] = new SoftmaxWithLossAuto8Float(),
        ["Auto/9"] = new SoftmaxWithLossAuto9Float(),
        ["Auto/10"] = new SoftmaxWithLossAuto10Float(),
        ["Auto/16"] = new SoftmaxWithLossAuto16Float(),
        ["Auto/17"] = new SoftmaxWithLossAuto17Float(),
        ["Auto/31"] = new SoftmaxWithLossAuto31Float(),
        ["Auto/64"] = new SoftmaxWithLossAuto64Float(),
        ["Auto/100"] = new SoftmaxWithLossAuto100Float(),
        ["Auto/1024"] = new SoftmaxWithLossAuto1024Float(),
        ["Scalar/1"] = new SoftmaxWithLossScalar1Float(),
        ["Scalar/2"] = new SoftmaxWithLossScalar2Float(),
        ["Scalar/3"] = new SoftmaxWithLossScalar3Float(),
        ["Scalar/7"] = new SoftmaxWithLossScalar7Float(),
        ["Scalar/8"] = new SoftmaxWithLossScalar8Float(),
        ["Scalar/9"] = new SoftmaxWithLossScalar9Float(),
        ["Scalar/10"] = new SoftmaxWithLossScalar10Float(),
        ["Scalar/16"] = new SoftmaxWithLossScalar16Float(),
        ["Scalar/17"] = new SoftmaxWithLossScalar17Float(),
        ["Scalar/31"] = new SoftmaxWithLossScalar31Float(),
        ["Scalar/64"] = new SoftmaxWithLossScalar64Float(),
        ["Scalar/100"] = new SoftmaxWithLossScalar100Float(),
        ["Scalar/1024"] = new SoftmaxWithLossScalar1024Float(),
        ["Unrolled/1"] = new SoftmaxWithLossUnrolled1Float(),
        ["Unrolled/2"] = new SoftmaxWithLossUnrolled2Float(),
        ["Unrolled/3"] = new SoftmaxWithLossUnrolled3Float(),
        ["Unrolled/7"] = new SoftmaxWithLossUnrolled7Float(),
        ["Unrolled/8"] = new SoftmaxWithLossUnrolled8Float(),
        ["Unrolled/9"] = new SoftmaxWithLossUnrolled9Float(),
        ["Unrolled/10"] = new SoftmaxWithLossUnrolled10Float(),
        ["Unrolled/16"] = new SoftmaxWithLossUnrolled16Float(),
        ["Vector256/1"] = new SoftmaxWithLossVector2561Float(),
        ["Vector256/2"] = new SoftmaxWithLossVector2562Float(),
        ["Vector256/3"] = new SoftmaxWithLossVector2563Float(),
        ["Vector256/7"] = new SoftmaxWithLossVector2567Float(),
        ["Vector256/8"] = new SoftmaxWithLossVector2568Float(),
        ["Vector256/9"] = new SoftmaxWithLossVector2569Float(),
        ["Vector256/10"] = new SoftmaxWithLossVector25610Float(),
        ["Vector256/16"] = new SoftmaxWithLossVector25616Float(),
        ["Vector256/17"] = new SoftmaxWithLossVector25617Float(),
        ["Vector256/31"] = new SoftmaxWithLossVector25631Float(),
        ["Vector256/64"] = new SoftmaxWithLossVector25664Float(),
        ["Vector256/100"] = new SoftmaxWithLossVector256100Float(),
        ["Vector256/1024"] = new SoftmaxWithLossVector2561024Float(),
        ["Runtime/1"] = new SoftmaxWithLossRuntime1Float(),
        ["Runtime/2"] = new SoftmaxWithLossRuntime2Float(),
        ["Runtime/3"] = new SoftmaxWithLossRuntime3Float(),
        ["Runtime/7"] = new SoftmaxWithLossRuntime7Float(),
        ["Runtime/8"] = new SoftmaxWithLossRuntime8Float(),
        ["Runtime/9"] = new SoftmaxWithLossRuntime9Float(),
        ["Runtime/10"] = new SoftmaxWithLossRuntime10Float(),
        ["Runtime/16"] = new SoftmaxWithLossRuntime16Float(),
        ["Runtime/17"] = new SoftmaxWithLossRuntime17Float(),
        ["Runtime/31"] = new SoftmaxWithLossRuntime31Float(),
        ["Runtime/64"] = new SoftmaxWithLossRuntime64Float(),
        ["Runtime/100"] = new SoftmaxWithLossRuntime100Float(),
        ["Runtime/1024"] = new SoftmaxWithLossRuntime1024Float(),
    };

    public static readonly IReadOnlyDictionary<string, IDoubleSoftmax> DoubleSoftmaxes = new Dictionary<string, IDoubleSoftmax>
    {
        ["Auto/1"] = new SoftmaxAuto1Double(),
        ["Auto/3"] = new SoftmaxAuto3Double(),
        ["Auto/4"] = new SoftmaxAuto4Double(),
        ["Auto/5"] = new SoftmaxAuto5Double(),
        ["Auto/10"] = new SoftmaxAuto10Double(),
        ["Auto/17"] = new SoftmaxAuto17Double(),
        ["Auto/24"] = new SoftmaxAuto24Double(),
        ["Vector256/24"] = new SoftmaxVector25624Double(),
        ["Scalar/1"] = new SoftmaxScalar1Double(),
        ["Scalar/3"] = new SoftmaxScalar3Double(),
        ["Scalar/4"] = new SoftmaxScalar4Double(),
        ["Scalar/5"] = new SoftmaxScalar5Double(),
        ["Scalar/10"] = new SoftmaxScalar10Double(),
        ["Scalar/17"] = new SoftmaxScalar17Double(),
        ["Unrolled/1"] = new SoftmaxUnrolled1Double(),
        ["Unrolled/3"] = new SoftmaxUnrolled3Double(),
        ["Unrolled/4"] = new SoftmaxUnrolled4Double(),
        ["Unrolled/5"] = new SoftmaxUnrolled5Double(),
        ["Unrolled/10"] = new SoftmaxUnrolled10Double(),
        ["Vector256/1"] = new SoftmaxVector2561Double(),
        ["Vector256/3"] = new SoftmaxVector2563Double(),
        ["Vector256/4"] = new SoftmaxVector2564Double(),
        ["Vector256/5"] = new SoftmaxVector2565Double(),
        ["Vector256/10"] = new SoftmaxVector25610Double(),
        ["Vector256/17"] = new SoftmaxVector25617Double(),
        ["Runtime/1"] = new SoftmaxRuntime1Double(),
        ["Runtime/3"] = new SoftmaxRuntime3Double(),
        ["Runtime/4"] = new SoftmaxRuntime4Double(),
        ["Runtime/5"] = new SoftmaxRuntime5Double(),
        ["Runtime/10"] = new SoftmaxRuntime10Double(),
        ["Runtime/17"] = new SoftmaxRuntime17Double(),
    };

    public static readonly IReadOnlyDictionary<string, IDoubleLoss> DoubleLosses = new Dictionary<string, IDoubleLoss>
    {
        ["Auto/1"] = new SoftmaxWithLossAuto1Double(),
        ["Auto/3"] = new SoftmaxWithLossAuto3Double(),
        ["Auto/4"] = new SoftmaxWithLossAuto4Double(),
        ["Auto/5"] = new SoftmaxWithLossAuto5Double(),
        ["Auto/10"] = new SoftmaxWithLossAuto10Double(),
        ["Auto/17"] = new SoftmaxWithLossAuto17Double(),
        ["Scalar/1"] = new SoftmaxWithLossScalar1Double(),
        ["Scalar/3"] = new SoftmaxWithLossScalar3Double(),
        ["Scalar/4"] = new SoftmaxWithLossScalar4Double(),
        ["Scalar/5"] = new SoftmaxWithLossScalar5Double(),
        ["Scalar/10"] = new SoftmaxWithLossScalar10Double(),
        ["Scalar/17"] = new SoftmaxWithLossScalar17Double(),
        ["Unrolled/1"] = new SoftmaxWithLossUnrolled1Double(),
        ["Unrolled/3"] = new SoftmaxWithLossUnrolled3Double(),
        ["Unrolled/4"] = new SoftmaxWithLossUnrolled4Double(),
        ["Unrolled/5"] = new SoftmaxWithLossUnrolled5Double(),
        ["Unrolled/10"] = new SoftmaxWithLossUnrolled10Double(),
        ["Vector256/1"] = new SoftmaxWithLossVector2561Double(),
        ["Vector256/3"] = new SoftmaxWithLossVector2563Double(),
        ["Vector256/4"] = new SoftmaxWithLossVector2564Double(),
        ["Vector256/5"] = new SoftmaxWithLossVector2565Double(),
        ["Vector256/10"] = new SoftmaxWithLossVector25610Double(),
        ["Vector256/17"] = new SoftmaxWithLossVector25617Double(),
        ["Runtime/1"] = new SoftmaxWithLossRuntime1Double(),
        ["Runtime/3"] = new SoftmaxWithLossRuntime3Double(),
        ["Runtime/4"] = new SoftmaxWithLossRuntime4Double(),
        ["Runtime/5"] = new SoftmaxWithLossRuntime5Double(),
        ["Runtime/10"] = new SoftmaxWithLossRuntime10Double(),
        ["Runtime/17"] = new SoftmaxWithLossRuntime17Double(),
    };
}
