using static LayerGen.Generator.Tests.Infrastructure.VerifyUsage;

namespace LayerGen.Generator.Tests;

/// <summary>
/// LG1101–LG1107 (custom layers and <c>[Layer&lt;T&gt;]</c>) and the class-shape rules (LG1001, LG1003, LG1005, LG1006) applied
/// to custom layers: each at its location with its message arguments, and the valid declarations silent.
/// </summary>
public class CustomLayerUsageTests
{
    private const string Body = "{ for (int i = 0; i < 4; i++) { y[i] = 2 * x[i]; } }";

    [Fact]
    public Task Valid_custom_layers_and_network_are_silent() => AnalyzerAsync($$"""
        using System;
        [DifferentiableLayer(4)]
        public partial class Doubler { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        [DifferentiableLayer(4, 2)]
        public partial class Scaled
        {
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(2, Initial = 1)] ReadOnlySpan<double> scale)
            {
                for (int i = 0; i < 2; i++) { y[i] = scale[i] * (x[2 * i] + x[2 * i + 1]); }
            }
        }
        [Affine(3, 4), Layer<Doubler>, Relu, Affine(4, 2), SoftmaxWithLoss] public partial class Net;
        """);

    [Fact]
    public Task LG1101_forward_row_missing() => AnalyzerAsync("""
        [DifferentiableLayer(4)] public partial class {|#0:Empty|} { static void Forward(System.ReadOnlySpan<float> x, System.Span<float> y) { } }
        """,
        Diagnostic("LG1101", 0).WithArguments("Empty"));

    [Fact]
    public Task LG1102_forward_row_not_static() => AnalyzerAsync($$"""
        using System;
        [DifferentiableLayer(4)] public partial class Instance { void {|#0:ForwardRow|}(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        """,
        Diagnostic("LG1102", 0).WithArguments("Instance"));

    [Fact]
    public Task LG1103_wrong_signatures() => AnalyzerAsync($$"""
        using System;
        [DifferentiableLayer(4)] public partial class Returns { static float {|#0:ForwardRow|}(ReadOnlySpan<float> x, Span<float> y) { return 0; } }
        [DifferentiableLayer(4)] public partial class OneParameter { static void {|#1:ForwardRow|}(ReadOnlySpan<float> x) { } }
        [DifferentiableLayer(4)] public partial class IntRows { static void {|#2:ForwardRow|}(ReadOnlySpan<int> x, Span<int> y) { } }
        [DifferentiableLayer(4)] public partial class Mixed { static void {|#3:ForwardRow|}(ReadOnlySpan<float> x, Span<double> y) { } }
        [DifferentiableLayer(4)] public partial class Swapped { static void {|#4:ForwardRow|}(Span<float> y, ReadOnlySpan<float> x) { } }
        [DifferentiableLayer(4)] public partial class Generic { static void {|#5:ForwardRow|}<T>(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        [DifferentiableLayer(4)] public partial class Overloads
        {
            static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}}
            static void {|#6:ForwardRow|}(ReadOnlySpan<double> x, Span<double> y) { }
        }
        [DifferentiableLayer(4)] public partial class ByRef { static void {|#7:ForwardRow|}(in ReadOnlySpan<float> x, Span<float> y) { } }
        """,
        Diagnostic("LG1103", 0).WithArguments("Returns", "returns float"),
        Diagnostic("LG1103", 1).WithArguments("OneParameter", "has 1 parameter"),
        Diagnostic("LG1103", 2).WithArguments("IntRows", "takes 'ReadOnlySpan<int> x' first, not ReadOnlySpan<float> or ReadOnlySpan<double>"),
        Diagnostic("LG1103", 3).WithArguments("Mixed", "takes 'Span<double> y' second, not Span<float>"),
        Diagnostic("LG1103", 4).WithArguments("Swapped", "takes 'Span<float> y' first, not ReadOnlySpan<float> or ReadOnlySpan<double>"),
        Diagnostic("LG1103", 5).WithArguments("Generic", "is generic"),
        Diagnostic("LG1103", 6).WithArguments("Overloads", "is declared 2 times"),
        Diagnostic("LG1103", 7).WithArguments("ByRef", "declares 'x' with a modifier or default value; take every span by value"));

    [Fact]
    public Task LG1104_bad_learnable_declarations() => AnalyzerAsync($$"""
        using System;
        [DifferentiableLayer(4)] public partial class NoAttribute
        { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, ReadOnlySpan<float> {|#0:gain|}) {{Body}} }
        [DifferentiableLayer(4)] public partial class ZeroLength
        { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(0)] ReadOnlySpan<float> {|#1:gain|}) {{Body}} }
        [DifferentiableLayer(4)] public partial class NotFinite
        { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(4, Initial = double.NaN)] ReadOnlySpan<float> {|#2:gain|}) {{Body}} }
        [DifferentiableLayer(4)] public partial class NegativeSpread
        { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(4, StandardDeviation = -1)] ReadOnlySpan<float> {|#3:gain|}) {{Body}} }
        [DifferentiableLayer(4)] public partial class LearnableInput
        { static void ForwardRow([Learnable(4)] ReadOnlySpan<float> {|#4:x|}, Span<float> y) {{Body}} }
        [DifferentiableLayer(4)] public partial class SameProperty
        {
            static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(4)] ReadOnlySpan<float> gain, [Learnable(4)] ReadOnlySpan<float> {|#5:_gain|})
            {{Body}}
        }
        [DifferentiableLayer(4)] public partial class TooLong
        { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(268435457)] ReadOnlySpan<float> {|#6:gain|}) {{Body}} }
        """,
        Diagnostic("LG1104", 0).WithArguments("gain", "NoAttribute", "has no [Learnable(length)] attribute; every parameter after y is a learnable parameter and states its length"),
        Diagnostic("LG1104", 1).WithArguments("gain", "ZeroLength", "has length 0; it must be positive"),
        Diagnostic("LG1104", 2).WithArguments("gain", "NotFinite", "has Initial = NaN; it must be finite"),
        Diagnostic("LG1104", 3).WithArguments("gain", "NegativeSpread", "has StandardDeviation = -1; it must be finite and not negative"),
        Diagnostic("LG1104", 4).WithArguments("x", "LearnableInput", "is the input row and cannot be [Learnable]; add learnable parameters after y"),
        Diagnostic("LG1104", 5).WithArguments("_gain", "SameProperty", "would get the property name 'Gain' like parameter 'gain'; rename one of them"),
        Diagnostic("LG1104", 6).WithArguments("gain", "TooLong", "has length 268435457; it must be at most 268435456"));

    [Fact]
    public Task LG1105_sizes() => AnalyzerAsync($$"""
        using System;
        [{|#0:DifferentiableLayer(0)|}] public partial class Zero { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        [{|#1:DifferentiableLayer(4, -1)|}] public partial class Negative { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        [{|#2:DifferentiableLayer(268435457, 4)|}] public partial class Huge { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        """,
        Diagnostic("LG1105", 0).WithArguments("Inputs", "DifferentiableLayer(0)", "Zero", "0", "positive"),
        Diagnostic("LG1105", 0).WithArguments("Outputs", "DifferentiableLayer(0)", "Zero", "0", "positive"),
        Diagnostic("LG1105", 1).WithArguments("Outputs", "DifferentiableLayer(4, -1)", "Negative", "-1", "positive"),
        Diagnostic("LG1105", 2).WithArguments("Inputs", "DifferentiableLayer(268435457, 4)", "Huge", "268435457", "at most 268435456"));

    [Fact]
    public Task LG1106_layer_targets_that_are_not_usable_custom_layers() => AnalyzerAsync($$"""
        using System;
        public class Helper { }
        [DifferentiableLayer(4)] public partial class DoubleLayer { static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) {{Body}} }
        [Affine(3, 4), {|#0:Layer<Helper>|}, Affine(4, 2)] public partial class NotALayer;
        [Affine(3, 4), {|#1:Layer<DoubleLayer>|}, Affine(4, 2)] public partial class FloatNet;
        """,
        Diagnostic("LG1106", 0).WithArguments("Layer<Helper>", "NotALayer",
            "names 'Helper', which has no [DifferentiableLayer]; name a class with [DifferentiableLayer] and a ForwardRow method"),
        Diagnostic("LG1106", 1).WithArguments("Layer<DoubleLayer>", "FloatNet",
            "names 'DoubleLayer', which computes in double, but the network uses float; make LayerOptions.Precision and ForwardRow's element type agree"));

    [Fact]
    public Task LG1106_silent_when_the_custom_layer_itself_is_reported() => AnalyzerAsync("""
        using System;
        [DifferentiableLayer(4)] public partial class {|#0:Broken|} { }
        [Affine(3, 4), Layer<Broken>, Affine(4, 2)] public partial class Net;
        """,
        Diagnostic("LG1101", 0).WithArguments("Broken"));

    [Fact]
    public Task LG1107_other_attributes_beside_DifferentiableLayer() => AnalyzerAsync($$"""
        using System;
        [DifferentiableLayer(4), {|#0:Relu|}] public partial class WithRelu { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        [DifferentiableLayer(4), {|#1:LayerOptions(Seed = 3)|}] public partial class WithOptions { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        """,
        Diagnostic("LG1107", 0).WithArguments("WithRelu", "[Relu]", "use [Layer<WithRelu>] in a network class instead"),
        Diagnostic("LG1107", 1).WithArguments("WithOptions", "[LayerOptions]", "its element type comes from ForwardRow's spans; remove the options"));

    [Fact]
    public Task LG1003_custom_layer_inputs_differ_from_the_previous_output() => AnalyzerAsync($$"""
        using System;
        [DifferentiableLayer(4)] public partial class Four { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        [Affine(3, 5), {|#0:Layer<Four>|}, Affine(4, 2)] public partial class Net;
        """,
        Diagnostic("LG1003", 0).WithArguments("Layer<Four>", "Net", "4", "5"));

    [Fact]
    public Task LG1001_LG1005_LG1006_apply_to_custom_layers() => AnalyzerAsync($$"""
        using System;
        [DifferentiableLayer(4)] public class {|#0:NotPartial|} { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        [DifferentiableLayer(4)] public static partial class {|#1:Value|} { static void ForwardRow(ReadOnlySpan<float> x, Span<float> y) {{Body}} }
        [DifferentiableLayer(4)] public partial class Colliding
        {
            public int {|#2:Parameters|} => 0;
            static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(4)] ReadOnlySpan<float> gain) {{Body}}
            public int Gain => 1;                      // taken: the learnable's accessor becomes GainParameter…
            public void {|#3:GainParameter|}() { }      // …which is taken too
        }
        """,
        Diagnostic("LG1001", 0).WithArguments("NotPartial", "it is"),
        Diagnostic("LG1005", 1).WithArguments("Value", "static"),
        Diagnostic("LG1006", 2).WithArguments("Parameters", "the member 'Parameters'", "Colliding", "rename it"),
        Diagnostic("LG1006", 3).WithArguments("GainParameter", "the member 'GainParameter'", "Colliding", "rename it"));

    [Fact]
    public Task Size_constants_of_the_same_value_and_members_named_like_learnables_are_silent() => AnalyzerAsync("""
        using System;
        [DifferentiableLayer(Inputs, Outputs)]
        public partial class Translog
        {
            const int Inputs = 3, Outputs = 2;
            internal const int ParameterCount = 9;
            const int Factors = 3;                     // the learnable factors' accessor becomes FactorsParameter
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(Inputs * Factors)] ReadOnlySpan<double> factors)
            { y[0] = x[0] * factors[0]; y[1] = x[1] * factors[1]; }
        }
        [DifferentiableLayer(2)]
        public partial class GainOnly
        {
            public static int Gain => 7;               // gain's accessors: GainParameter, GainParameterGradient
            public static int GainGradient => 8;
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(2)] ReadOnlySpan<double> gain)
            { y[0] = x[0] * gain[0]; y[1] = x[1] * gain[1]; }
        }
        """);

    [Fact]
    public Task Size_constant_of_another_value_names_both_values() => AnalyzerAsync("""
        using System;
        [DifferentiableLayer(4, 2)]
        public partial class Pairs
        {
            const int {|#0:Inputs|} = 8;
            public const int {|#1:ParameterCount|} = 0;
            public const double {|#2:Outputs|} = 2;
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(3)] ReadOnlySpan<double> w)
            { y[0] = x[0] * w[0]; y[1] = x[1] * w[1]; }
        }
        """,
        Diagnostic("LG1006", 0).WithArguments("Inputs", "the constant 'Inputs' = 8 but the layer's Inputs is 4", "Pairs", "set it to 4 (LayerGen then uses your constant) or rename it"),
        Diagnostic("LG1006", 1).WithArguments("ParameterCount", "the constant 'ParameterCount' = 0 but the layer's ParameterCount is 3", "Pairs",
            "set it to 3 (LayerGen then uses your constant) or rename it"),
        Diagnostic("LG1006", 2).WithArguments("Outputs", "the member 'Outputs'", "Pairs", "rename it"));
}
