using System.Text.RegularExpressions;
using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.VerifyDifferentiation;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Every construct outside the differentiable subset gets its LG11xx error at the construct, from the analyzer, and the
/// lowering (what the generator runs) reports the same rule and gives no model.
/// </summary>
public class UnsupportedConstructTests
{
    private const string Head = "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "LG1110", "while loop with a data-dependent condition", "int i = 0;\n{|#0:while|} (x[i] < 3) { y[i] = x[i]; i++; }" },
        { "LG1113", "while whose counter steps under a condition (at the step)", "int i = 0;\nwhile (i < x.Length) { if (x[i] > 0) {|#0:i++|}; y[0] += x[0]; }" },
        { "LG1110", "do loop", "int i = 0;\n{|#0:do|} { y[0] = x[0]; } while (i > 0);" },
        { "LG1113", "do loop whose counter steps twice (at the second step)", "int i = 0;\ndo { i++; y[i - 1] = x[i - 1]; {|#0:i += 2|}; } while (i < x.Length);" },
        { "LG1110", "while nested in a loop with a data-dependent condition", "for (int i = 0; i < 2; i++)\n{\nint j = 0;\n{|#0:while|} (x[j] < 3) { y[j] = x[j]; j++; }\n}" },
        { "LG1113", "two incrementors that both step the loop variable", "for (int i = 0; i < x.Length; {|#0:i++|}, i++) { y[i] = x[i]; }" },
        { "LG1112", "static array written, then read (one error, at the write)", "{|#0:Scratch[0]|} = x[0];\ny[0] = Scratch[0] + Scratch[0];\n}\nstatic readonly double[] Scratch = new double[2];\nstatic void Unused()\n{" },
        { "LG1116", "Clamp whose bound reads an int field (the field, not Clamp)", "y[0] = Math.Clamp(x[0], 0.0, {|#0:Limit|});\n}\nstatic int Limit = 2;\nstatic void Unused()\n{" },
        { "LG1111", "reciprocal estimate (piecewise: no derivative matches it)", "y[0] = {|#0:Math.ReciprocalEstimate(1 + x[0] * x[0])|};" },
        { "LG1110", "try", "{|#0:try|} { y[0] = x[0]; } finally { }" },
        { "LG1110", "using", "{|#0:using|} (var stream = new System.IO.MemoryStream()) { y[0] = x[0]; }" },
        { "LG1116", "switch expression without a final discard arm", "y[0] = {|#0:x[0] switch { < 0 => 0.0, var v => v }|};" },
        { "LG1116", "type pattern in a switch", "switch (x[0]) { case {|#0:double d|} when d > 1: y[0] = d; break; default: y[0] = 0; break; }" },
        { "LG1115", "switch section in a loop that ends in return", "for (int i = 0; i < 4; i++) { switch (i) { case 3: y[0] = x[0]; {|#0:return;|} default: y[i] = x[i]; break; } }" },
        { "LG1115", "switch section that ends in goto case", "switch (x.Length) { case 3: y[0] = x[0]; {|#0:goto case 4;|} case 4: y[1] = x[1]; break; }" },
        { "LG1115", "return inside a loop of a helper", "y[0] = First(x);\n}\nstatic double First(ReadOnlySpan<double> v)\n{\nfor (int i = 0; i < v.Length; i++) { if (v[i] > 0) {|#0:return v[i];|} }\nreturn 0;\n}\nstatic void Unused()\n{" },
        { "LG1113", "loop bound read from an integer its body assigns", "int n = 2;\nfor (int i = 0; {|#0:i < n|}; i++) { y[i] = x[i]; if (i == 0) n = 3; }" },
        { "LG1114", "increment inside an index the statement reads again", "int k = 0;\n{|#0:y[k++] = x[k];|}" },
        { "LG1114", "increment inside a branch of ?:", "int k = 0;\ny[0] = x[0] > 0 ? x[{|#0:k++|}] : 0;" },
        { "LG1114", "index chosen by a condition on data", "y[0] = x[{|#0:x[1] > 0 ? 1 : 2|}];" },
        { "LG1118", "loop bound set under a condition on data", "int n = 1;\nif (x[0] > 0) n = 2;\n{|#0:for (int i = 0; i < n; i++)|} { y[i] = x[i]; }" },
        { "LG1111", "unknown call", "y[0] = {|#0:Convert.ToDouble(x[0])|};" },
        { "LG1111", "helper taking a span of an array", "y[0] = Sum({|#0:new double[2]|});\n}\nstatic double Sum(ReadOnlySpan<double> v) => v[0] + v[1];\nstatic void Unused()\n{" },
        { "LG1111", "unsupported Math function", "y[0] = {|#0:Math.Log(x[0] * x[0] + 1, 3)|};" },
        { "LG1111", "recursion", "y[0] = x[0];\n{|#0:ForwardRow(x, y)|};" },
        { "LG1112", "static field write", "{|#0:Count|} = 1;\ny[0] = x[0];\n}\nstatic int Count;\nstatic void Unused()\n{" },
        { "LG1113", "geometric step", "for (int i = 1; i < x.Length; {|#0:i *= 2|}) { y[i] = x[i]; }" },
        { "LG1113", "loop variable assigned in the body", "for (int i = 0; i < x.Length; i++) { y[i] = x[i]; {|#0:i|}++; }" },
        { "LG1113", "bound that moves with the loop variable", "for (int i = 0; i < {|#0:x.Length - i|}; i++) { y[i] = x[i]; }" },
        { "LG1113", "condition not on the loop variable", "for (int i = 0; {|#0:x[0] < 3|}; i++) { y[0] = x[0]; }" },
        { "LG1114", "data-dependent bound", "for (int i = 0; i < {|#0:(int)x[0]|}; i++) { y[0] += x[i]; }" },
        { "LG1114", "data-dependent index", "y[0] = x[{|#0:(int)x[1]|}];" },
        { "LG1115", "break", "for (int i = 0; i < x.Length; i++) { y[i] = x[i]; if (x[i] > 0) {|#0:break;|} }" },
        { "LG1115", "return inside a loop", "for (int i = 0; i < x.Length; i++) { y[i] = x[i]; if (x[i] > 0) {|#0:return;|} }" },
        { "LG1115", "goto", "y[0] = x[0];\n{|#0:goto end;|}\nend:\ny[1] = x[1];" },
        { "LG1116", "lambda", "Func<double, double> {|#0:f = v => v|};\ny[0] = x[0];" },
        { "LG1116", "ref local", "ref double {|#0:r = ref y[0]|};\ny[0] = x[0];" },
        { "LG1116", "static int field read (a real one is a run-time constant)", "y[0] = {|#0:Scale|} * x[0];\n}\nstatic int Scale = 2;\nstatic void Unused()\n{" },
        { "LG1116", "static int field as a loop bound", "for (int i = 0; i < {|#0:Count|}; i++) { y[i] = x[i]; }\n}\nstatic int Count = 2;\nstatic void Unused()\n{" },
        { "LG1110", "nested deconstruction", "double a, b, c;\n{|#0:((a, b), c) = ((x[0], x[1]), x[2])|};\ny[0] = a + b + c;" },
        { "LG1111", "deconstruction of a library call (one error, none at the reads)", "var (q, r) = {|#0:Math.DivRem(7, 2)|};\ny[0] = x[0] * q + r;" },
        { "LG1113", "converging for whose counter also moves in a branch of its body", "for (int i = 0, j = x.Length - 1; {|#0:i < j|}; i++, j--) { y[i] = x[j]; if (x[i] > 0) j--; }" },
        { "LG1113", "converging while whose counter moves in a branch", "int left = 0, right = x.Length - 1;\nwhile ({|#0:left < right|}) { y[left] = x[right]; if (x[left] > 0) left++; right--; }" },
        { "LG1113", "converging while whose steps move away from its end", "int left = 0, right = x.Length - 1;\nwhile ({|#0:left < right|}) { y[left] = x[right]; left--; right++; }" },
        { "LG1118", "converging while whose counters come from data", "int left = (int)x[0], right = x.Length - 1;\n{|#0:while (left < right)|} { y[0] += x[1]; left++; right--; }" },
        { "LG1114", "an index through Math.Log of data", "y[0] = x[{|#0:(int)Math.Log(x[1] * x[1] + 1)|}];" },
        { "LG1116", "assignment inside a branch of ?: (it may not run)", "double a = 0;\ny[0] = x[1] > 0 ? {|#0:a = x[0]|} : a;" },
        { "LG1116", "assignment inside an expression that reads the local again", "double a = 1;\ny[0] = a * ({|#0:a = x[0]|});" },
        { "LG1117", "span of an array with elements", "Span<double> {|#0:t = new double[] { x[0], 0 }|};\ny[0] = t[0];" },
        { "LG1117", "span view moved by reassigning it", "ReadOnlySpan<double> w = x;\nfor (int i = 0; i < 2; i++) { y[i] = w[0] - w[1]; {|#0:w|} = w.Slice(1); }" },
        { "LG1117", "stackalloc buffer reassigned to a window of itself", "Span<double> t = stackalloc double[4];\nt[1] = x[0];\n{|#0:t|} = t[1..];\ny[0] = t[0];" },
        { "LG1117", "heap buffer replaced by a new array", "double[] d = new double[4];\nd[0] = x[0];\n{|#0:d|} = new double[4];\ny[0] = x[1] + d[0];" },
        { "LG1116", "long buffer", "Span<long> {|#0:k = stackalloc long[4]|};\ny[0] = x[0];" },
        { "LG1116", "uint local updated by compound xors (one error, none at the updates)", "uint {|#0:s = 7u|};\nfor (int i = 0; i < 2; i++) { s ^= s << 13; s ^= s >> 17; y[i] = x[i] + s / 4294967296.0; }" },
        { "LG1116", "nullable local compared and assigned (one error, none at the lifted comparison)", "double? {|#0:peak = null|};\nfor (int i = 0; i < 2; i++) { if (peak is null || x[i] > peak) peak = x[i]; }\ny[0] = peak ?? 1.0;" },
        { "LG1116", "int index array read as an index", "int[] {|#0:order = new int[4]|};\ny[0] = x[order[1]];" },
        { "LG1111", "fill value that reads the span it fills", "y[0] = x[0];\ny.Fill({|#0:y[0] * 2|});" },
        { "LG1111", "copy into a shorter span", "Span<double> t = stackalloc double[2];\n{|#0:y.CopyTo(t)|};\ny[0] = x[0] + t[0];" },
        { "LG1118", "loops too long", "for (int i = 0; i < 100000; i++) { {|#0:for (int j = 0; j < 100000; j++)|} { y[0] += x[0]; } }" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Analyzer_reports_the_construct(string id, string what, string body)
    {
        _ = what;
        // LG1118 too sits at the loop its message names (its header), not at ForwardRow.
        return AnalyzerAsync(Layer(Head + body + "\n}"), Diagnostic(id, 0));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lowering_reports_the_same_rule_and_gives_no_model(string id, string what, string body)
    {
        string members = Unmark(Head + body + "\n}");
        LoweringResult result = DifferentiationHarness.Lower(members, 4, 4);
        Assert.Null(result.Model);
        Assert.True(result.Problems.Length == 1 && result.Problems[0].RuleId == id, what + ": " + string.Join("; ", result.Problems));
        // The message names the construct (its text or keyword) and says what is supported instead.
        object[] arguments = result.Problems[0].Arguments;
        Assert.Equal(2, arguments.Length);
        string construct = (string)arguments[0], supported = (string)arguments[1];
        string marked = Regex.Match(body, @"\{\|#0:(.*?)\|\}", RegexOptions.Singleline).Groups[1].Value;
        string[] words = marked.Split([' ', '(', ')', ';', '='], StringSplitOptions.RemoveEmptyEntries);
        Assert.True(words.Any(w => construct.Contains(w, StringComparison.Ordinal)), $"'{construct}' names none of '{marked}'");
        Assert.True(supported.Length > 20, supported);
    }

    /// <summary>
    /// The diagnostic sits on what its message names: the first text the message quotes ('…', else the name it starts
    /// with: Math.Log) and the located text hold one another — the location is the quoted construct (a local's
    /// declarator, the statement that leaves, a loop's header) or a part of it (a statement's keyword, the bound of the
    /// loop it quotes), never some other statement or the method.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Location_holds_the_text_the_message_quotes(string id, string what, string body)
    {
        LoweringResult result = DifferentiationHarness.Lower(Unmark(Head + body + "\n}"), 4, 4);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal(id, problem.RuleId);
        string located = Regex.Replace(DifferentiationHarness.LocatedText(problem), @"\s+", " ");
        string construct = (string)problem.Arguments[0];
        Match quote = Regex.Match(construct, "'([^']+)'");
        string quoted = (quote.Success ? quote.Groups[1].Value : construct.Split(' ')[0]).TrimEnd('…').TrimEnd(';');
        Assert.True(located.Contains(quoted, StringComparison.Ordinal) || (quoted.Contains(located, StringComparison.Ordinal) && located.Length >= Math.Min(3, quoted.Length)),
            $"{what}: located at '{located}', the message quotes '{quoted}'");
    }

    [Fact]
    public Task Float_forward_row_with_a_double_local_is_supported() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            double s = 0;
            y[0] = x[0] + (float)s;
        }
        """));

    [Fact]
    public Task Supported_forward_row_has_no_diagnostic() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(4)] ReadOnlySpan<double> gain)
        {
            const double Epsilon = 1e-5;
            double mean = 0;
            foreach (double v in x) mean += v;
            mean /= x.Length;
            double variance = 0;
            for (int i = 0; i < x.Length; i++) { double d = x[i] - mean; variance += d * d; }
            double inv = 1 / Math.Sqrt(variance / x.Length + Epsilon);
            for (int i = 0; i < y.Length; i++) y[i] = gain[i] * (x[i] - mean) * inv;
        }
        """));

    [Fact]
    public Task Method_outside_a_differentiable_layer_is_not_checked() => AnalyzerAsync("""
        using System;
        public static class Plain
        {
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                while (true) { y[0] = x[0]; }
            }
        }
        """);

    private static string Unmark(string text) => Regex.Replace(text, @"\{\|#\d+:(.*?)\|\}", "$1", RegexOptions.Singleline);
}
