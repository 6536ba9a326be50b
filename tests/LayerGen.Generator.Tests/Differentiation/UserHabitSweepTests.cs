using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Layers in shapes users write that the earlier corpora did not try (counters declared away from their while loop,
/// helpers with out parameters, checked, tuple swaps, Clamp, FusedMultiplyAdd, IsNaN guards, Fill/Clear, x.Length
/// against y.Length): the derived BackwardRow against central differences (double; a float layer through its double
/// twin); shapes outside the subset get their LG11xx at the construct.
/// </summary>
public class UserHabitSweepTests
{
    private const string Row = "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n";

    public static TheoryData<string, string, int, int> Layers() => new()
    {
        { "while counter declared before other statements", Row + "{ int k = 0; double acc = 0.0; int n = x.Length; while (k < n) { acc += x[k] * x[k]; y[k] = Math.Tanh(acc); k++; } }", 5, 5 },
        { "do counter declared before other statements, read after", Row + "{ int k = x.Length - 1; double carry = 1.0; do { carry = carry * 0.5 + Math.Sin(x[k]); k--; y[k + 1] = carry; } while (k >= 0); y[0] += k * x[0]; }", 5, 5 },
        { "helper with out parameters", "static void MeanVar(ReadOnlySpan<double> v, out double mean, out double variance) { double s = 0; for (int i = 0; i < v.Length; i++) s += v[i]; mean = s / v.Length; double q = 0; for (int i = 0; i < v.Length; i++) q += (v[i] - mean) * (v[i] - mean); variance = q / v.Length; }\n" + Row + "{ MeanVar(x, out double m, out double v); double inv = 1.0 / Math.Sqrt(v + 1e-5); for (int i = 0; i < x.Length; i++) y[i] = (x[i] - m) * inv; }", 5, 5 },
        { "nested helpers with out parameters", "static void Stats(ReadOnlySpan<double> v, out double mean, out double scale) { Sum(v, out double s); mean = s / v.Length; Sum2(v, mean, out double q); scale = 1.0 / Math.Sqrt(q / v.Length + 1e-5); }\nstatic void Sum(ReadOnlySpan<double> v, out double s) { s = 0; foreach (double e in v) s += e; }\nstatic void Sum2(ReadOnlySpan<double> v, double m, out double q) { q = 0; foreach (double e in v) q += (e - m) * (e - m); }\n" + Row + "{ Stats(x, out double m, out double r); for (int i = 0; i < x.Length; i++) y[i] = (x[i] - m) * r; }", 5, 5 },
        { "local function with an out parameter", Row + "{ void Norm(ReadOnlySpan<double> v, out double n) { double s = 0; foreach (double e in v) s += e * e; n = Math.Sqrt(s + 1e-9); } Norm(x, out double r); for (int i = 0; i < x.Length; i++) y[i] = x[i] / r; }", 4, 4 },
        { "checked index and checked block", Row + "{ for (int i = 0; i < x.Length - 1; i++) { int j = checked(i + 1); y[i] = x[i] * x[j]; } checked { y[x.Length - 1] = x[0] + x[x.Length - 1]; } }", 5, 5 },
        { "tuple swap of real locals", Row + "{ double a = x[0], b = x[1]; for (int i = 0; i < y.Length; i++) { (a, b) = (b, a + 0.5 * b * Math.Tanh(x[i])); y[i] = a; } }", 4, 4 },
        { "Math.Clamp of a value and of an index", Row + "{ int n = x.Length; for (int i = 0; i < n; i++) { int j = Math.Clamp(i - 1, 0, n - 1); y[i] = Math.Clamp(x[i], -2.0, 2.0) * x[j]; } }", 5, 5 },
        { "FusedMultiplyAdd Horner", Row + "{ for (int i = 0; i < x.Length; i++) { double p = 0.1; p = Math.FusedMultiplyAdd(p, x[i], -0.3); p = double.FusedMultiplyAdd(p, x[i], 1.0); y[i] = p * Math.Sin(x[i]); } }", 4, 4 },
        { "IsNaN and IsFinite guards", Row + "{ for (int i = 0; i < x.Length; i++) { double v = Math.Log(1.0 + x[i] * x[i]); if (double.IsNaN(v)) v = 0.0; y[i] = double.IsFinite(v) ? v * x[i] : 0.0; } }", 4, 4 },
        { "span Fill and Clear", Row + "{ Span<double> acc = stackalloc double[4]; acc.Fill(0.5); for (int i = 0; i < x.Length; i++) acc[i % 4] += x[i] * x[i]; for (int k = 0; k < 4; k++) y[k] = Math.Sqrt(acc[k]); acc.Clear(); y[0] += acc[1]; }", 6, 4 },
        { "while stepped first by two", Row + "{ int k = 0; while (k < x.Length) { k += 2; y[k / 2 - 1] = x[k - 2] * x[k - 1]; } }", 6, 3 },
        { "do counting down stepped first, continue after the step", Row + "{ int k = x.Length; do { k--; if (x[k] > 2.0) continue; y[k] = Math.Exp(-x[k] * x[k]); } while (k > 0); }", 5, 5 },
        { "Math.Sign with a Max/Min chain", Row + "{ for (int i = 0; i < x.Length; i++) y[i] = Math.Sign(x[i]) * Math.Min(Math.Max(Math.Abs(x[i]) - 0.5, 0.0), 3.0); }", 4, 4 },
        { "x.Length against y.Length with a constant step", Row + "{ int n = x.Length; for (int o = 0; o < y.Length; o++) { double s = 0; for (int i = o; i < n; i += 3) s += x[i] * x[i]; y[o] = Math.Sqrt(s / (n / y.Length)); } }", 6, 3 },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Derived_backward_passes_the_gradient_check(string what, string members, int inputs, int outputs)
    {
        _ = what;
        GradientCheck.VerifyRows(members, inputs, outputs);
    }

    [Fact]
    public void Float_layer_with_IsNaN_and_FusedMultiplyAdd_compiles_and_its_double_twin_passes()
    {
        const string body = "{ for (int i = 0; i < x.Length; i++) { float v = MathF.FusedMultiplyAdd(x[i], x[i], 1f); y[i] = float.IsNaN(v) ? 0f : MathF.Sqrt(v) * x[i]; } }";
        Assert.NotNull(Compile<float>("static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)\n" + body, 4, 4));
        GradientCheck.VerifyRows(Row + body.Replace("float", "double", StringComparison.Ordinal).Replace("MathF", "Math", StringComparison.Ordinal)
            .Replace("1f", "1.0", StringComparison.Ordinal).Replace("0f", "0.0", StringComparison.Ordinal), 4, 4);
    }

    public static TheoryData<string, string, string, string> Rejected() => new()
    {
        { "a generic-math helper (T.Exp)", "static T Softplus<T>(T v) where T : System.Numerics.IExponentialFunctions<T>, System.Numerics.ILogarithmicFunctions<T> => T.Log(T.One + T.Exp(v));\n" + Row + "{ for (int i = 0; i < x.Length; i++) y[i] = Softplus(x[i]) * x[i]; }", "LG1111", "Softplus(x[i])" },
        { "a reciprocal square-root estimate", Row + "{ y[0] = Math.ReciprocalSqrtEstimate(1 + x[0] * x[0]); }", "LG1111", "Math.ReciprocalSqrtEstimate(1 + x[0] * x[0])" },
        { "a loop stepped by an int local", Row + "{ int m = y.Length; for (int i = 0; i < x.Length; i += m) y[0] += x[i]; }", "LG1113", "i += m" },
        { "a copy fed to a call outside the subset: the call is the error", Row + "{ y[0] = System.Linq.Enumerable.Average(x.ToArray()); }", "LG1111", "System.Linq.Enumerable.Average(x.ToArray())" },
        { "a counter moved below a statement that reads it would change it: not moved", Row + "{ int k = 0; y[0] = k; while (k < x.Length) { y[k] += x[k]; k++; } }", "LG1110", "while" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Outside_the_subset_is_reported_at_the_construct(string what, string members, string id, string located)
    {
        LoweringResult result = Lower(members, 4, 4);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.True(problem.RuleId == id && LocatedText(problem) == located, what + ": " + problem.RuleId + " at '" + LocatedText(problem) + "': " + problem.Arguments[0]);
    }
}
