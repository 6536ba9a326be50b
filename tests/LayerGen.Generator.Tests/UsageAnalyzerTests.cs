using LayerGen.Generator.Tests.Infrastructure;
using static LayerGen.Generator.Tests.Infrastructure.VerifyUsage;

namespace LayerGen.Generator.Tests;

/// <summary>LG1001–LG1009: each with a positive test (markup on the offending attribute, class or member) and a no-diagnostic test.</summary>
public class UsageAnalyzerTests
{
    [Fact]
    public Task LG1001_not_partial() => AnalyzerAsync(
        "[Softmax(10)] public class {|#0:Probabilities|} { }",
        Diagnostic("LG1001", 0).WithArguments("Probabilities", "it is"));

    [Fact]
    public Task LG1001_containing_type_not_partial() => AnalyzerAsync(
        "public class Outer { [Softmax(10)] public partial class {|#0:Probabilities|} { } }",
        Diagnostic("LG1001", 0).WithArguments("Probabilities", "its containing type 'Outer' is"));

    [Fact]
    public Task LG1001_none_when_partial_at_every_level() => AnalyzerAsync(
        "public partial class Outer { [Softmax(10)] public partial class Probabilities { } }\npublic partial class Outer { }");

    [Fact]
    public Task LG1002_non_positive_sizes() => AnalyzerAsync("""
        [{|#0:Affine(4, 0)|}] public partial class ZeroOutputs;
        [{|#1:Softmax(-2)|}] public partial class NegativeSoftmax;
        [{|#2:SoftmaxWithLoss|}] public partial class UnsizedLoss;
        """,
        Diagnostic("LG1002", 0).WithArguments("Outputs", "Affine(4, 0)", "ZeroOutputs", "0", "positive"),
        Diagnostic("LG1002", 1).WithArguments("Size", "Softmax(-2)", "NegativeSoftmax", "-2", "positive"),
        Diagnostic("LG1002", 2).WithArguments("Classes", "SoftmaxWithLoss", "UnsizedLoss", "not stated", "stated for a standalone layer"));

    [Fact]
    public Task LG1002_zero_says_what_was_written() => AnalyzerAsync("""
        [{|#0:Softmax(0)|}] public partial class ZeroSoftmax;
        [{|#1:SoftmaxWithLoss(0)|}] public partial class ZeroLoss;
        [Affine(4, 3), {|#2:Softmax(0)|}] public partial class ZeroInNetwork;
        """,
        Diagnostic("LG1002", 0).WithArguments("Size", "Softmax(0)", "ZeroSoftmax", "0", "positive"),
        Diagnostic("LG1002", 1).WithArguments("Classes", "SoftmaxWithLoss(0)", "ZeroLoss", "0", "positive"),
        Diagnostic("LG1002", 2).WithArguments("Size", "Softmax(0)", "ZeroInNetwork", "0", "positive"));

    [Fact]
    public Task LG1002_above_the_limit_states_the_limit() => AnalyzerAsync("""
        [{|#0:Softmax(int.MaxValue)|}] public partial class HugeSoftmax;
        [{|#1:SoftmaxWithLoss(268435457)|}] public partial class HugeLoss;
        [{|#2:Affine(268435457, 1)|}] public partial class HugeAffine;
        """,
        Diagnostic("LG1002", 0).WithArguments("Size", "Softmax(2147483647)", "HugeSoftmax", "2147483647", "at most 268435456"),
        Diagnostic("LG1002", 1).WithArguments("Classes", "SoftmaxWithLoss(268435457)", "HugeLoss", "268435457", "at most 268435456"),
        Diagnostic("LG1002", 2).WithArguments("Inputs", "Affine(268435457, 1)", "HugeAffine", "268435457", "at most 268435456"));

    [Fact]
    public Task LG1002_one_bad_size_is_reported_once_without_follow_on_errors() => AnalyzerAsync("""
        [{|#0:Affine(4, 0)|}, Relu, Affine(5, 3), SoftmaxWithLoss] public partial class ZeroOutputs;
        [Affine(4, 5), {|#1:Softmax(-2)|}, Affine(5, 3), SoftmaxWithLoss(3)] public partial class NegativeSoftmax;
        [{|#2:Affine(4, 268435457)|}, Tanh, Affine(7, 2)] public partial class HugeOutputs;
        """,
        Diagnostic("LG1002", 0).WithArguments("Outputs", "Affine(4, 0)", "ZeroOutputs", "0", "positive"),
        Diagnostic("LG1002", 1).WithArguments("Size", "Softmax(-2)", "NegativeSoftmax", "-2", "positive"),
        Diagnostic("LG1002", 2).WithArguments("Outputs", "Affine(4, 268435457)", "HugeOutputs", "268435457", "at most 268435456"));

    [Fact]
    public Task LG1002_Unrolled_above_16() => AnalyzerAsync(
        "[LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [{|#0:Softmax(17)|}] public partial class Wide;",
        Diagnostic("LG1002", 0).WithArguments("Size", "Softmax(17)", "Wide", "17", "at most 16 for SoftmaxKernel.Unrolled"));

    [Fact]
    public Task LG1002_network_starting_with_an_activation() => AnalyzerAsync(
        "[{|#0:Relu|}, Affine(3, 2)] public partial class ReluFirst;",
        Diagnostic("LG1002", 0).WithArguments("Size", "Relu", "ReluFirst", "not stated", "implied by a previous layer: start the network with an Affine or a sized Softmax"));

    [Fact]
    public Task LG1002_none_for_valid_sizes() => AnalyzerAsync("""
        [LayerOptions(Kernel = SoftmaxKernel.Unrolled)] [Softmax(16)] public partial class Narrow;
        [Affine(4, 5), Relu, Affine(5, 3), Softmax, SoftmaxWithLoss] public partial class Net;
        [Relu] public partial class Standalone;
        """);

    [Fact]
    public Task LG1003_input_differs_from_previous_output() => AnalyzerAsync("""
        [Affine(4, 5), Relu, {|#0:Affine(6, 3)|}, SoftmaxWithLoss] public partial class Mismatch;
        [Affine(4, 5), {|#1:SoftmaxWithLoss(3)|}] public partial class LossMismatch;
        """,
        Diagnostic("LG1003", 0).WithArguments("Affine(6, 3)", "Mismatch", "6", "5"),
        Diagnostic("LG1003", 1).WithArguments("SoftmaxWithLoss(3)", "LossMismatch", "3", "5"));

    [Fact]
    public Task LG1003_none_when_sizes_chain() => AnalyzerAsync(
        "[Affine(4, 5), Tanh, Affine(5, 3), SoftmaxWithLoss(3)] public partial class Chained;");

    [Fact]
    public Task LG1004_loss_not_last_or_repeated() => AnalyzerAsync("""
        [Affine(4, 3), {|#0:SoftmaxWithLoss|}, Relu] public partial class NotLast;
        [Affine(4, 3), SoftmaxWithLoss, {|#1:SoftmaxWithLoss|}] public partial class Twice;
        """,
        Diagnostic("LG1004", 0).WithArguments("SoftmaxWithLoss", "NotLast", "is layer 2 of 3"),
        Diagnostic("LG1004", 1).WithArguments("SoftmaxWithLoss", "Twice", "repeats the loss layer"));

    [Fact]
    public Task LG1004_none_for_a_last_loss() => AnalyzerAsync(
        "[Affine(4, 3), SoftmaxWithLoss] public partial class Last;\n[Affine(4, 3), Softmax] public partial class NoLoss;");

    [Fact]
    public Task LG1005_unsupported_types() => AnalyzerAsync("""
        [Softmax(3)] public static partial class {|#0:StaticLayer|};
        [Softmax(3)] public partial class {|#1:GenericLayer|}<T>;
        public partial class Outer<T> { [Softmax(3)] public partial class {|#2:Inner|}; }
        [Softmax(3)] public partial record {|#3:RecordLayer|};
        [{|CS0592:Softmax|}(3)] public partial struct {|#4:StructLayer|};
        """,
        Diagnostic("LG1005", 0).WithArguments("StaticLayer", "static"),
        Diagnostic("LG1005", 1).WithArguments("GenericLayer", "generic"),
        Diagnostic("LG1005", 2).WithArguments("Inner", "nested in the generic type 'Outer<T>'"),
        Diagnostic("LG1005", 3).WithArguments("RecordLayer", "a record"),
        Diagnostic("LG1005", 4).WithArguments("StructLayer", "a struct"));

    [Fact]
    public Task LG1005_interfaces_and_enums_are_named_with_an() => AnalyzerAsync("""
        [{|CS0592:Softmax|}(3)] public partial interface {|#0:ILayer|};
        [{|CS0592:Relu|}] public enum {|#1:Kind|} { A }
        """,
        Diagnostic("LG1005", 0).WithArguments("ILayer", "an interface"),
        Diagnostic("LG1005", 1).WithArguments("Kind", "an enum"));

    [Fact]
    public Task LG1005_nested_in_a_file_local_type_at_any_depth() => AnalyzerAsync("""
        file partial class Outer { [Softmax(3)] public partial class {|#0:Inner|}; }
        file partial class Top { public partial class Middle { [Affine(2, 2), SoftmaxWithLoss] public partial class {|#1:Deep|}; } }
        """,
        Diagnostic("LG1005", 0).WithArguments("Inner", "nested in the file-local type 'Outer'"),
        Diagnostic("LG1005", 1).WithArguments("Deep", "nested in the file-local type 'Top'"));

    [Fact]
    public Task LG1005_derived_from_another_layer_class() => AnalyzerAsync("""
        [Affine(4, 3), SoftmaxWithLoss] public partial class BaseNet;
        [Affine(4, 3), SoftmaxWithLoss] public partial class {|#0:DerivedNet|} : BaseNet;
        [Relu] public partial class {|#1:DerivedLayer|} : BaseNet;
        """,
        Diagnostic("LG1005", 0).WithArguments("DerivedNet", "derived from the layer class 'BaseNet'"),
        Diagnostic("LG1005", 1).WithArguments("DerivedLayer", "derived from the layer class 'BaseNet'"));

    [Fact]
    public Task LG1005_none_for_plain_classes() => AnalyzerAsync("""
        [Softmax(3)] public sealed partial class Sealed;
        [Affine(2, 2), SoftmaxWithLoss] public abstract partial class Abstract;
        public partial struct Holder { [Softmax(3)] internal partial class Nested; }
        public static partial class Container { [Relu] public partial class InStatic; }
        """);

    [Fact]
    public Task LG1006_collisions_with_members_inherited_members_and_the_class_name() => AnalyzerAsync("""
        [Softmax(10)] public partial class HasSize { public int {|#0:Size|} => 3; }
        [Affine(2, 2), SoftmaxWithLoss] public partial class HasLoss { public void {|#1:Loss|}() { } private int {|#2:Affine1Weights|}; }
        [Softmax(4)] public partial class {|#3:Forward|};
        public class Trainer { public void Step(float rate) { } }
        [Affine(2, 2), SoftmaxWithLoss] public partial class {|#4:Derived|} : Trainer;
        """,
        Diagnostic("LG1006", 0).WithArguments("Size", "the member 'Size'", "HasSize", "rename it"),
        Diagnostic("LG1006", 1).WithArguments("Loss", "the member 'Loss'", "HasLoss", "rename it"),
        Diagnostic("LG1006", 2).WithArguments("Affine1Weights", "the member 'Affine1Weights'", "HasLoss", "rename it"),
        Diagnostic("LG1006", 3).WithArguments("Forward", "the class name", "Forward", "rename it"),
        Diagnostic("LG1006", 4).WithArguments("Step", "the inherited member 'Trainer.Step'", "Derived", "rename it"));

    [Fact]
    public Task LG1006_none_for_other_names() => AnalyzerAsync("""
        [Affine(2, 2), SoftmaxWithLoss] public partial class Net
        {
            public Net() { }
            public int Epochs { get; set; }
            public void Train() { }
            private int _counter;
            public int Counter => _counter;
        }
        [Softmax(10)] public partial class Loss;
        [Affine(2, 2)] public partial class Predictor { public void Step() { } }
        """);

    [Fact]
    public Task LG1007_layers_split_over_declarations() => AnalyzerAsync("""
        [Affine(4, 5), Relu] public partial class Split;
        [Affine(5, 3), SoftmaxWithLoss] public partial class {|#0:Split|};
        """,
        Diagnostic("LG1007", 0).WithArguments("Split", "2"));

    [Fact]
    public Task LG1007_none_when_options_are_on_another_declaration() => AnalyzerAsync("""
        [Affine(4, 5), Relu, Affine(5, 3), SoftmaxWithLoss] public partial class Together;
        [LayerOptions(Seed = 3)] public partial class Together { public int Epochs { get; set; } }
        """);

    [Fact]
    public Task LG1008_options_without_layers() => AnalyzerAsync("""
        [{|#0:LayerOptions(Seed = 1)|}] public class OptionsOnly;
        [{|#1:LayerOptions(Precision = Precision.Double)|}] public partial class DoubleNothing { public int Value => 1; }
        """,
        Diagnostic("LG1008", 0).WithArguments("OptionsOnly"),
        Diagnostic("LG1008", 1).WithArguments("DoubleNothing"));

    [Fact]
    public Task LG1008_none_when_layers_are_on_another_declaration_or_broken() => AnalyzerAsync("""
        [LayerOptions(Seed = 3)] public partial class Together;
        [Affine(4, 3), SoftmaxWithLoss] public partial class Together;
        [LayerOptions(Seed = 3)] [{|CS7036:Affine(4)|}] public partial class Broken;
        """);

    [Fact]
    public Task LG1009_option_values_out_of_range() => AnalyzerAsync("""
        [{|#0:LayerOptions(Precision = (Precision)7)|}] [Softmax(3)] public partial class BadPrecision;
        [{|#1:LayerOptions(Kernel = (SoftmaxKernel)(-1))|}] [Softmax(3)] public partial class BadKernel;
        """,
        Diagnostic("LG1009", 0).WithArguments("Precision", "BadPrecision", "7", "Precision.Float or Precision.Double"),
        Diagnostic("LG1009", 1).WithArguments("Kernel", "BadKernel", "-1", "a SoftmaxKernel value (Auto, Scalar, Unrolled, Vector256 or Runtime)"));

    [Fact]
    public Task LG1009_none_for_defined_values() => AnalyzerAsync("""
        [LayerOptions(Precision = Precision.Double, Kernel = SoftmaxKernel.Runtime, Seed = -5)] [Softmax(3)] public partial class Defined;
        [LayerOptions(Precision = (Precision)1, Kernel = (SoftmaxKernel)2)] [Softmax(3)] public partial class CastButDefined;
        """);

    [Fact]
    public Task Nothing_for_classes_without_layer_attributes_or_with_broken_arguments() => AnalyzerAsync("""
        [System.Serializable] public class Plain { public void Forward() { } }
        [{|CS7036:Affine(4)|}] public partial class MissingArgument;
        """);
}
