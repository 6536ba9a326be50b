using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A flat element index computed by a local function or a private helper of this instance (HeldOut86's blind miss
/// <c>AxisSwitch_ClassPeakIndexFunction</c>): <c>int Index(int c, int b) =&gt; c * batch + b</c> (also a block body with a
/// local, a static local function, a <c>switch</c> body over a layout value known at the call) reads as its returned
/// index with the caller's arguments and the captured variables as the caller reads them, as a static helper's
/// (<see cref="SoftmaxModelCalledIndexTests"/>). A per-class peak with per-sample sums is LG0004, a whole-batch peak LG0001;
/// per-sample peaks through the same functions are silent.
/// </summary>
public class SoftmaxModelIndexFunctionTests
{
    /// <summary>Index spellings: a member of the class, local declarations of the method, and the call for sample {b}, class {c}.</summary>
    public static TheoryData<string, string, string> Indices => new()
    {
        // expression-bodied local function capturing classes, row-major
        { "", "int Idx(int b, int c) => b * classes + c;", "Idx({b}, {c})" },
        // block-bodied local function with a local, class-major, its own parameter order
        { "", "int At(int c, int b) { int start = c * batch; return start + b; }", "At({c}, {b})" },
        // static local function
        { "", "static int Flat(int b, int c, int width) => b * width + c;", "Flat({b}, {c}, classes)" },
        // private instance helper reading fields, class-major
        { "private int Cell(int b, int c) => c * _batch + b;", "", "Cell({b}, {c})" },
        // switch on a local holding one constant: the sample-major arm
        {
            "",
            "var order = Order.SampleMajor;\nint Index(int b, int c) => order switch { Order.ClassMajor => c * batch + b, Order.SampleMajor => b * classes + c, _ => throw new ArgumentOutOfRangeException(nameof(order)) };",
            "Index({b}, {c})"
        },
        // switch on the local function's parameter, given a constant: the class-major arm
        { "", "int Index(Order o, int b, int c) => o switch { Order.ClassMajor => c * batch + b, _ => b * classes + c };", "Index(Order.ClassMajor, {b}, {c})" },
        // private static helper whose block body returns a switch, given a constant
        {
            "private static int Pick(Order o, int b, int c, int batch, int classes) { return o switch { Order.ClassMajor => c * batch + b, Order.SampleMajor => b * classes + c, _ => -1 }; }",
            "",
            "Pick(Order.SampleMajor, {b}, {c}, batch, classes)"
        },
    };

    internal static string Source(string member, string locals, string call, string type, string body, string order = "")
    {
        string At(string b, string c) => call.Replace("{b}", b).Replace("{c}", c);
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var orderParameter = order.Length == 0 ? "" : ", Order order";
        return $$"""
            using System;

            public enum Order { ClassMajor, SampleMajor }

            public sealed class Repro
            {
                private readonly int _batch;
                private readonly int _classes;

                public Repro(int batch, int classes)
                {
                    _batch = batch;
                    _classes = classes;
                }

                {{member}}

                public {{type}}[] Forward({{type}}[] x{{orderParameter}})
                {
                    int batch = _batch, classes = _classes;
                    {{locals}}
            {{body.Replace("{exp}", exp).Replace("{t}", type).Replace("{at:b,c}", At("b", "c"))}}
                }
            }
            """;
    }

    /// <summary>Per-sample maxima stored in an array, then per-sample sums: correct.</summary>
    internal const string PerSampleArray = """
                    var rowMax = new {t}[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        rowMax[b] = {t}.NegativeInfinity;
                        for (int c = 0; c < classes; c++)
                        {
                            {t} v = x[{at:b,c}];
                            if (v > rowMax[b]) rowMax[b] = v;
                        }
                    }
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            int i = {at:b,c};
                            y[i] = {exp}(x[i] - rowMax[b]);
                            sum += y[i];
                        }
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    /// <summary>A scalar per-sample max folded with Max, then the sum: correct.</summary>
    internal const string PerSampleScalar = """
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = Math.Max(m, x[{at:b,c}]);
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++) sum += y[{at:b,c}] = {exp}(x[{at:b,c}] - m);
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    /// <summary>Per-class maxima (a scalar fold over the batch, stored per class) with per-sample sums: LG0004 at the fold.</summary>
    internal const string PerClassPeaks = """
                    var peaks = new {t}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int b = 0; b < batch; b++)
                        {
                            m = Math.Max(m, x[{at:b,c}]); //~ LG0004
                        }

                        peaks[c] = m;
                    }
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            int i = {at:b,c};
                            y[i] = {exp}(x[i] - peaks[c]);
                            sum += y[i];
                        }
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    /// <summary>One max over the whole batch with per-sample sums: LG0001 at the fold.</summary>
    internal const string WholeBatchMax = """
                    {t} m = {t}.NegativeInfinity;
                    for (int b = 0; b < batch; b++)
                        for (int c = 0; c < classes; c++)
                            if (x[{at:b,c}] > m) m = x[{at:b,c}]; //~ LG0001
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++) sum += y[{at:b,c}] = {exp}(x[{at:b,c}] - m);
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    [Theory]
    [MemberData(nameof(Indices))]
    public async Task PerSampleMaximaThroughAnIndexFunction_AreSilent(string member, string locals, string call)
    {
        foreach (var type in new[] { "float", "double" })
        {
            Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source(member, locals, call, type, PerSampleArray)));
            Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source(member, locals, call, type, PerSampleScalar)));
        }
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public async Task PerClassMaximaThroughAnIndexFunction_AreLG0004(string member, string locals, string call)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(member, locals, call, "float", PerClassPeaks));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(member, locals, call, "double", PerClassPeaks));
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public async Task WholeBatchMaximumThroughAnIndexFunction_IsLG0001(string member, string locals, string call) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(member, locals, call, "double", WholeBatchMax));

    /// <summary>
    /// A switch over a layout value not known at the call (a parameter) whose arms map a cell differently has no one
    /// index: per-sample code through it stays silent in every body that is right for both layouts.
    /// </summary>
    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public async Task SwitchOnAnUnknownLayout_PerSampleMaximaSilent(string type)
    {
        const string Locals = "int Index(int b, int c) => order switch { Order.ClassMajor => c * batch + b, Order.SampleMajor => b * classes + c, _ => throw new ArgumentOutOfRangeException(nameof(order)) };";
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source("", Locals, "Index({b}, {c})", type, PerSampleArray, order: "order")));
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source("", Locals, "Index({b}, {c})", type, PerSampleScalar, order: "order")));
    }

    /// <summary>A switch whose arms agree (the same cell written two ways) is that one index whatever the value: LG0004 per class.</summary>
    [Fact]
    public async Task SwitchWhoseArmsAgree_PerClassMaximaAreLG0004()
    {
        const string Locals = "int Index(int b, int c) => order switch { Order.ClassMajor => c * batch + b, _ => b + batch * c };";
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("", Locals, "Index({b}, {c})", "float", PerClassPeaks, order: "order"));
    }
}
