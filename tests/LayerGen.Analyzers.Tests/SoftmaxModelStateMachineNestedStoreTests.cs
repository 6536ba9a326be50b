using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A state-machine softmax (one loop, a phase local tested by a <c>switch</c>) whose exp phase stores and sums in one
/// nested assignment (<c>sum += p[r][c] = Math.Exp(z[r][c] - max)</c>, also through a <c>var e = Math.Exp(...)</c>
/// local), then divides <c>p[r][c] /= sum</c>, with the row max carried from the Max phase. The nested assignment's value
/// is the element it writes, so the division reads the stored probabilities: a per-row softmax, silent. Its bug twins
/// stay reported: the max reset only before the loop (LG0001 at the max fold), the sum never reset per row (LG0002).
/// </summary>
public class SoftmaxModelStateMachineNestedStoreTests
{
    /// <summary>Exp phase spellings: the nested store itself, or the exp held in a local first.</summary>
    public static TheoryData<string, string, bool> Spellings => new()
    {
        { "float", "MathF.Exp", false },
        { "double", "Math.Exp", false },
        { "float", "MathF.Exp", true },
        { "double", "Math.Exp", true },
    };

    private static string ExpStep(string exp, string target, string argument, bool local, string marker) => local
        ? $"var e = {exp}({argument}); sum += {target} = e;{marker}"
        : $"sum += {target} = {exp}({argument});{marker}";

    /// <summary>
    /// Jagged rows, <c>enum Phase { Max, Exp, Divide }</c>, one element per step of a <c>while</c>; the max and the sum
    /// reset when a new row starts (in the Divide case's row step).
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task JaggedEnumSwitch_PerElementSteps(string type, string exp, bool local)
    {
        string Source(string rowReset, string maxMarker, string sumMarker) => $$"""
            using System;

            public enum Phase { Max, Exp, Divide }

            public static class Machine
            {
                public static {{type}}[][] Run({{type}}[][] z)
                {
                    var p = new {{type}}[z.Length][];
                    var phase = Phase.Max;
                    int r = 0, c = 0;
                    {{type}} max = {{type}}.NegativeInfinity, sum = 0;
                    while (r < z.Length)
                    {
                        switch (phase)
                        {
                            case Phase.Max:
                                max = Math.Max(max, z[r][c]);{{maxMarker}}
                                if (++c == z[r].Length) { c = 0; p[r] = new {{type}}[z[r].Length]; phase = Phase.Exp; }
                                break;
                            case Phase.Exp:
                                {{ExpStep(exp, "p[r][c]", "z[r][c] - max", local, sumMarker)}}
                                if (++c == z[r].Length) { c = 0; phase = Phase.Divide; }
                                break;
                            case Phase.Divide:
                                p[r][c] /= sum;
                                if (++c < z[r].Length) break;
                                c = 0;
                                r++;
                                {{rowReset}}
                                phase = Phase.Max;
                                break;
                        }
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity; sum = 0;", "", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("sum = 0;", " //~ LG0001", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity;", "", " //~ LG0002"));
    }

    /// <summary>
    /// Jagged rows, a <c>for (;;)</c> machine with an explicit Done phase and <c>continue</c>: the max reset on the row
    /// step, the sum cleared on the way from Max into Exp.
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task JaggedForSwitch_SumClearedBeforeExp(string type, string exp, bool local)
    {
        string Source(string maxReset, string sumReset, string maxMarker, string sumMarker) => $$"""
            using System;

            public enum Phase { Max, Exp, Divide, Done }

            public static class Machine
            {
                public static void Run({{type}}[][] z, {{type}}[][] p)
                {
                    var phase = z.Length == 0 ? Phase.Done : Phase.Max;
                    int r = 0, c = 0;
                    {{type}} max = {{type}}.NegativeInfinity, sum = 0;
                    for (;;)
                    {
                        if (phase == Phase.Done) break;
                        switch (phase)
                        {
                            case Phase.Max:
                                max = Math.Max(max, z[r][c]);{{maxMarker}}
                                if (++c == z[r].Length) { c = 0; {{sumReset}} phase = Phase.Exp; }
                                continue;
                            case Phase.Exp:
                                {{ExpStep(exp, "p[r][c]", "z[r][c] - max", local, sumMarker)}}
                                if (++c == z[r].Length) { c = 0; phase = Phase.Divide; }
                                continue;
                            default:
                                p[r][c] /= sum;
                                if (++c < z[r].Length) continue;
                                c = 0;
                                {{maxReset}}
                                phase = ++r < z.Length ? Phase.Max : Phase.Done;
                                continue;
                        }
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity;", "sum = 0;", "", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("", "sum = 0;", " //~ LG0001", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity;", "", "", " //~ LG0002"));
    }

    /// <summary>Row-major <c>T[rows, cols]</c>, an <c>int</c> phase in a <c>switch</c>, one element per step.</summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task RectangularIntSwitch_PerElementSteps(string type, string exp, bool local)
    {
        string Source(string rowReset, string maxMarker, string sumMarker) => $$"""
            using System;

            public static class Machine
            {
                public static {{type}}[,] Run({{type}}[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var p = new {{type}}[rows, cols];
                    int phase = 0, r = 0, c = 0;
                    {{type}} max = {{type}}.NegativeInfinity, sum = 0;
                    while (r < rows)
                    {
                        switch (phase)
                        {
                            case 0:
                                max = Math.Max(max, z[r, c]);{{maxMarker}}
                                if (++c == cols) { c = 0; phase = 1; }
                                break;
                            case 1:
                                {{ExpStep(exp, "p[r, c]", "z[r, c] - max", local, sumMarker)}}
                                if (++c == cols) { c = 0; phase = 2; }
                                break;
                            default:
                                p[r, c] /= sum;
                                if (++c == cols) { c = 0; r++; {{rowReset}} phase = 0; }
                                break;
                        }
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity; sum = 0;", "", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("sum = 0;", " //~ LG0001", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity;", "", " //~ LG0002"));
    }

    /// <summary>
    /// Column-major <c>T[classes, batch]</c>: the softmax runs down each column, the machine steps the class index within
    /// a sample and the sample index between them.
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task ColumnMajorEnumSwitch_PerElementSteps(string type, string exp, bool local)
    {
        string Source(string sampleReset, string maxMarker, string sumMarker) => $$"""
            using System;

            public enum Phase { Max, Exp, Divide }

            public static class Machine
            {
                public static void Run({{type}}[,] z, {{type}}[,] p)
                {
                    int classes = z.GetLength(0), batch = z.GetLength(1);
                    var phase = Phase.Max;
                    int b = 0, k = 0;
                    {{type}} max = {{type}}.NegativeInfinity, sum = 0;
                    while (b < batch)
                    {
                        switch (phase)
                        {
                            case Phase.Max:
                                max = Math.Max(max, z[k, b]);{{maxMarker}}
                                if (++k == classes) { k = 0; phase = Phase.Exp; }
                                break;
                            case Phase.Exp:
                                {{ExpStep(exp, "p[k, b]", "z[k, b] - max", local, sumMarker)}}
                                if (++k == classes) { k = 0; phase = Phase.Divide; }
                                break;
                            case Phase.Divide:
                                p[k, b] /= sum;
                                if (++k == classes) { k = 0; b++; {{sampleReset}} phase = Phase.Max; }
                                break;
                        }
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity; sum = 0;", "", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("sum = 0;", " //~ LG0001", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity;", "", " //~ LG0002"));
    }

    /// <summary>
    /// Flat row-major <c>T[rows * cols]</c>, <c>const int</c> states in a <c>for (;;)</c> switch whose cases walk the
    /// row with loops of their own (<c>for (; i &lt; cols; i++)</c>), the row stepped in the Divide case: silent. (Its
    /// twins, the max or the sum reset only above the loop, are the flat row walk's known miss, as HeldOut75's pinned
    /// <c>StateMachine_SumNotCleared</c>: the row term <c>t * cols</c> of the flat index is not read as a step of the
    /// machine's loop; not asserted.)
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task FlatConstStates_RowWalks(string type, string exp, bool local)
    {
        string Source(string beginReset, string maxMarker, string sumMarker) => $$"""
            using System;

            public static class Machine
            {
                const int Begin = 0, Max = 1, Exp = 2, Divide = 3, Stop = 4;

                public static {{type}}[] Run({{type}}[] z, int rows, int cols)
                {
                    var p = new {{type}}[z.Length];
                    int state = rows > 0 ? Begin : Stop, t = 0, i = 0;
                    {{type}} max = {{type}}.NegativeInfinity, sum = 0;
                    for (;;)
                    {
                        switch (state)
                        {
                            case Begin:
                                {{beginReset}}
                                i = 0;
                                state = Max;
                                continue;
                            case Max:
                                for (; i < cols; i++) max = Math.Max(max, z[t * cols + i]);{{maxMarker}}
                                i = 0;
                                state = Exp;
                                continue;
                            case Exp:
                                for (; i < cols; i++) { {{ExpStep(exp, "p[t * cols + i]", "z[t * cols + i] - max", local, sumMarker)}} }
                                i = 0;
                                state = Divide;
                                continue;
                            case Divide:
                                for (; i < cols; i++) p[t * cols + i] /= sum;
                                state = ++t < rows ? Begin : Stop;
                                continue;
                        }
                        break;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity; sum = 0;", "", ""));
    }

    /// <summary>
    /// Jagged rows walked by the cases: the Max case folds the row with a <c>foreach</c> over <c>z[r]</c> (or an index
    /// loop), the Exp case stores and sums with an index loop, the Divide case steps the row.
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task JaggedForeachMax_RowWalks(string type, string exp, bool local)
    {
        foreach (var peak in new[] { "foreach (var v in z[r]) max = Math.Max(max, v);", "for (int c = 0; c < z[r].Length; c++) max = Math.Max(max, z[r][c]);" })
        {
            await AssertRowWalk(peak);
        }

        async Task AssertRowWalk(string peak)
        {
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(peak, $"max = {type}.NegativeInfinity; sum = 0;", ""));
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(peak, "sum = 0;", " //~ LG0001"));
        }

        string Source(string peak, string startReset, string maxMarker) => $$"""
            using System;

            public enum Phase { Start, Max, Exp, Divide, Done }

            public static class Machine
            {
                public static {{type}}[][] Run({{type}}[][] z)
                {
                    var p = new {{type}}[z.Length][];
                    var phase = z.Length > 0 ? Phase.Start : Phase.Done;
                    int r = 0;
                    {{type}} max = {{type}}.NegativeInfinity, sum = 0;
                    while (phase != Phase.Done)
                    {
                        switch (phase)
                        {
                            case Phase.Start:
                                {{startReset}}
                                p[r] = new {{type}}[z[r].Length];
                                phase = Phase.Max;
                                break;
                            case Phase.Max:
                                {{peak}}{{maxMarker}}
                                phase = Phase.Exp;
                                break;
                            case Phase.Exp:
                                for (int c = 0; c < z[r].Length; c++) { {{ExpStep(exp, "p[r][c]", "z[r][c] - max", local, "")}} }
                                phase = Phase.Divide;
                                break;
                            case Phase.Divide:
                                for (int c = 0; c < p[r].Length; c++) p[r][c] /= sum;
                                phase = ++r < z.Length ? Phase.Start : Phase.Done;
                                break;
                        }
                    }
                    return p;
                }
            }
            """;
    }

    /// <summary>
    /// Look-alikes without a machine: nested loops per row with the nested store (silent), and the same with the max
    /// taken once over the whole jagged batch (LG0001).
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task NestedLoops_NestedStore(string type, string exp, bool local)
    {
        string Source(string maxReset, string maxMarker) => $$"""
            using System;

            public static class Rows
            {
                public static void Run({{type}}[][] z, {{type}}[][] p)
                {
                    {{type}} max = {{type}}.NegativeInfinity;
                    for (int r = 0; r < z.Length; r++)
                    {
                        {{maxReset}}
                        {{type}} sum = 0;
                        for (int c = 0; c < z[r].Length; c++) max = Math.Max(max, z[r][c]);{{maxMarker}}
                        for (int c = 0; c < z[r].Length; c++) { {{ExpStep(exp, "p[r][c]", "z[r][c] - max", local, "")}} }
                        for (int c = 0; c < z[r].Length; c++) p[r][c] /= sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"max = {type}.NegativeInfinity;", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("", " //~ LG0001"));
    }
}
