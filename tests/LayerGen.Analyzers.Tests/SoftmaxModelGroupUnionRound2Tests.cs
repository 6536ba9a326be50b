using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Group unions, second round (review46/nestgroup, groupunion2). A total carried across the loop that picks the group
/// is one softmax over the union of the groups only when it is divided after that loop: a running total never reset
/// but divided inside the group loop (G54) normalises each group by a partial total, so under the whole array's
/// maximum a first group 1000 below gives 0/0 (LG0001) and the later groups a wrong distribution (LG0002). The review's
/// 28 numerically labelled cases G31–G58 keep their label in their first line (the ones groupunion already got right
/// are regression tests; the LINQ gathers and the column-major read it still misses are skipped). The generalised
/// twins walk the groups by a dictionary pair, a deconstructed pair, an alias of <c>groups[i]</c>, a list of lists and a
/// record member, by index walk and by position, in double and float, with the correct union softmax (total divided
/// after the loop, also through its reciprocal) and the correct per-group softmax (loop and LINQ maximum) silent.
/// </summary>
public class SoftmaxModelGroupUnionRound2Tests
{
    /// <summary>The review's cases (/work/notes/review46/nestgroup-cases), markers at the expected reports.</summary>
    private static readonly Dictionary<string, string> ReviewCases = new()
    {
        ["G31_MatrixWideMaxPerRowUnionTotal"] = """
            // expected: LG0001 (bug). Max over the WHOLE matrix (every row), then per row one total across all groups (union):
            // a row 1000 below the matrix max underflows to 0/0. The union is per row; the max spans rows.
            using System; using System.Collections.Generic;
            namespace G31 { static class C {
              public static void Run(double[,] x, double[,] p, Dictionary<char, int[]> syn) {
                double m = double.NegativeInfinity;
                for (int r = 0; r < x.GetLength(0); r++)
                  for (int c = 0; c < x.GetLength(1); c++) m = Math.Max(m, x[r, c]); //~ LG0001
                for (int r = 0; r < x.GetLength(0); r++) {
                  double s = 0;
                  foreach (var kv in syn) foreach (int c in kv.Value) { p[r, c] = Math.Exp(x[r, c] - m); s += p[r, c]; }
                  foreach (var kv in syn) foreach (int c in kv.Value) p[r, c] /= s;
                }
              } } }
            """,
        ["G32_FlatBatchWideMaxPerRowUnionTotal"] = """
            // expected: LG0001 (bug). Flat row-major batch x[r*W + c]; max over the whole flat buffer (all rows), per row one total
            // across the groups' columns: a row far below the batch max gives 0/0.
            using System; using System.Collections.Generic;
            namespace G32 { static class C {
              public static void Run(float[] x, float[] p, int rows, int W, List<int[]> groups) {
                float m = float.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]); //~ LG0001
                for (int r = 0; r < rows; r++) {
                  float s = 0f;
                  foreach (var g in groups) foreach (int c in g) { p[r * W + c] = MathF.Exp(x[r * W + c] - m); s += p[r * W + c]; }
                  foreach (var g in groups) foreach (int c in g) p[r * W + c] /= s;
                }
              } } }
            """,
        ["G33_JaggedBatchWideMaxPerRowUnionTotal"] = """
            // expected: LG0001 (bug). Jagged batch; one max over every row; per row one total across the groups (records).
            using System; using System.Collections.Generic;
            namespace G33 { record Grp(string Name, int[] Cols);
             static class C {
              public static void Run(double[][] x, double[][] p, Grp[] groups) {
                double m = double.NegativeInfinity;
                foreach (var row in x) foreach (var u in row) if (u > m) m = u; //~ LG0001
                for (int r = 0; r < x.Length; r++) {
                  double s = 0;
                  for (int g = 0; g < groups.Length; g++) foreach (int c in groups[g].Cols) { p[r][c] = Math.Exp(x[r][c] - m); s += p[r][c]; }
                  for (int g = 0; g < groups.Length; g++) foreach (int c in groups[g].Cols) p[r][c] /= s;
                }
              } } }
            """,
        ["G34_PerRowUnionMaxAndTotal"] = """
            // expected: silent. Per row: max over the union of groups, one total across the groups: one softmax per row over the union.
            using System; using System.Collections.Generic;
            namespace G34 { static class C {
              public static void Run(double[,] x, double[,] p, Dictionary<char, int[]> syn) {
                for (int r = 0; r < x.GetLength(0); r++) {
                  double m = double.NegativeInfinity;
                  foreach (var kv in syn) foreach (int c in kv.Value) m = Math.Max(m, x[r, c]);
                  double s = 0;
                  foreach (var kv in syn) foreach (int c in kv.Value) { p[r, c] = Math.Exp(x[r, c] - m); s += p[r, c]; }
                  foreach (var kv in syn) foreach (int c in kv.Value) p[r, c] /= s;
                }
              } } }
            """,
        ["G35_OnlineSoftmaxOverUnion"] = """
            // expected: silent. Online (one-pass) softmax over the union of the groups: running max m and total s rescaled when m
            // grows, both carried across groups; then p = exp(x - m) / s. Correct.
            using System; using System.Collections.Generic;
            namespace G35 { static class C {
              public static void Run(double[] x, double[] p, List<int[]> groups) {
                double m = double.NegativeInfinity, s = 0;
                foreach (var g in groups)
                  foreach (int c in g) {
                    double mNew = Math.Max(m, x[c]);
                    s = s * Math.Exp(m - mNew) + Math.Exp(x[c] - mNew);
                    m = mNew;
                  }
                foreach (var g in groups) foreach (int c in g) p[c] = Math.Exp(x[c] - m) / s;
              } } }
            """,
        ["G36_TwoLevelLogSumExpMerge"] = """
            // expected: silent. One softmax over the union computed group by group: each group's own max mg[g] and sum sg[g], merged
            // with the max M of the mg: total = sum sg*exp(mg - M); p = exp(x - mg) * exp(mg - M) / total. Correct and stable.
            using System; using System.Collections.Generic;
            namespace G36 { static class C {
              public static void Run(double[] x, double[] p, int[][] groups) {
                var mg = new double[groups.Length]; var sg = new double[groups.Length];
                for (int g = 0; g < groups.Length; g++) {
                  double m = double.NegativeInfinity;
                  foreach (int c in groups[g]) m = Math.Max(m, x[c]);
                  double s = 0;
                  foreach (int c in groups[g]) s += Math.Exp(x[c] - m);
                  mg[g] = m; sg[g] = s;
                }
                double M = double.NegativeInfinity;
                for (int g = 0; g < groups.Length; g++) M = Math.Max(M, mg[g]);
                double total = 0;
                for (int g = 0; g < groups.Length; g++) total += sg[g] * Math.Exp(mg[g] - M);
                for (int g = 0; g < groups.Length; g++) {
                  double scale = Math.Exp(mg[g] - M) / total;
                  foreach (int c in groups[g]) p[c] = Math.Exp(x[c] - mg[g]) * scale;
                }
              } } }
            """,
        ["G37_PerGroupExpsIntoWholeBufferThenNormalise"] = """
            // expected: silent. Each group's exps are shifted by the group's own max into a full-length buffer e; the same group
            // loop then normalises e[c] by the group's sum. Per-group softmax, correct.
            using System; using System.Collections.Generic;
            namespace G37 { static class C {
              public static void Run(double[] x, double[] p, Dictionary<char, int[]> syn) {
                var e = new double[x.Length];
                foreach (var kv in syn) {
                  double m = double.NegativeInfinity;
                  foreach (int c in kv.Value) m = Math.Max(m, x[c]);
                  foreach (int c in kv.Value) e[c] = Math.Exp(x[c] - m);
                  double s = 0; foreach (int c in kv.Value) s += e[c];
                  foreach (int c in kv.Value) p[c] = e[c] / s;
                }
              } } }
            """,
        ["G38_MaxDeclaredOutsideResetPerGroup"] = """
            // expected: silent. The max m and sum s are declared once before the group loop but RESET at the top of every group:
            // per-group softmax with the group's own max.
            using System; using System.Collections.Generic;
            namespace G38 { static class C {
              public static void Run(double[] x, double[] p, List<List<int>> groups) {
                double m, s;
                for (int g = 0; g < groups.Count; g++) {
                  m = double.NegativeInfinity; s = 0;
                  for (int q = 0; q < groups[g].Count; q++) m = Math.Max(m, x[groups[g][q]]);
                  for (int q = 0; q < groups[g].Count; q++) { p[groups[g][q]] = Math.Exp(x[groups[g][q]] - m); s += p[groups[g][q]]; }
                  for (int q = 0; q < groups[g].Count; q++) p[groups[g][q]] /= s;
                }
              } } }
            """,
        ["G39_LinqUnionMaxLoopUnionTotal"] = """
            // expected: silent. Max over the union by LINQ SelectMany, one total across the groups by loops: one softmax over the union.
            using System; using System.Collections.Generic; using System.Linq;
            namespace G39 { static class C {
              public static void Run(double[] x, double[] p, Dictionary<char, int[]> syn) {
                double m = syn.Values.SelectMany(idx => idx).Max(c => x[c]);
                double total = 0;
                foreach (var idx in syn.Values) foreach (int c in idx) { p[c] = Math.Exp(x[c] - m); total += p[c]; }
                foreach (var idx in syn.Values) foreach (int c in idx) p[c] /= total;
              } } }
            """,
        ["G42_LinqGatherWholeMaxOneTotal"] = """
            // expected: silent. LINQ gather per group under the whole-array max, but ONE total across all groups (the groups
            // partition one softmax): parts are divided by the grand total.
            using System; using System.Collections.Generic; using System.Linq;
            namespace G42 { static class C {
              public static Dictionary<char, double[]> Run(double[] x, Dictionary<char, int[]> syn) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) top = Math.Max(top, x[i]);
                var parts = new Dictionary<char, double[]>();
                double total = 0;
                foreach (var kv in syn) {
                  var e = kv.Value.Select(c => Math.Exp(x[c] - top)).ToArray();
                  total += e.Sum();
                  parts[kv.Key] = e;
                }
                var res = new Dictionary<char, double[]>();
                foreach (var kv in parts) res[kv.Key] = kv.Value.Select(v => v / total).ToArray();
                return res;
              } } }
            """,
        ["G45_WholeExpsOneUnionTotal"] = """
            // expected: silent. e = exp(x - wholeMax) once; ONE total over the union of the groups, each e[c] of the union divided by it.
            using System; using System.Collections.Generic;
            namespace G45 { static class C {
              public static void Run(double[] x, double[] p, Dictionary<char, int[]> syn) {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                var e = new double[x.Length];
                for (int i = 0; i < x.Length; i++) e[i] = Math.Exp(x[i] - m);
                double s = 0;
                foreach (var kv in syn) foreach (int c in kv.Value) s += e[c];
                foreach (var kv in syn) foreach (int c in kv.Value) p[c] = e[c] / s;
              } } }
            """,
        ["G46_PerGroupExpsTwoPassSumsByGroup"] = """
            // expected: silent. Pass 1 per group: own max, e[c] = exp(x[c] - max) into a full buffer, sum into sums[g].
            // Pass 2 per group: p[c] = e[c] / sums[g]. Per-group softmax, correct.
            using System; using System.Collections.Generic;
            namespace G46 { static class C {
              public static void Run(double[] x, double[] p, int[][] groups) {
                var e = new double[x.Length]; var sums = new double[groups.Length];
                for (int g = 0; g < groups.Length; g++) {
                  double m = double.NegativeInfinity;
                  foreach (int c in groups[g]) m = Math.Max(m, x[c]);
                  double s = 0;
                  foreach (int c in groups[g]) { e[c] = Math.Exp(x[c] - m); s += e[c]; }
                  sums[g] = s;
                }
                for (int g = 0; g < groups.Length; g++)
                  foreach (int c in groups[g]) p[c] = e[c] / sums[g];
              } } }
            """,
        ["G48_PerRowWholeRowMaxUnionTotal"] = """
            // expected: silent. Per row: max over the whole row, one total across the groups (which partition the columns):
            // one softmax per row. Jagged spelling with groups as Dictionary<string, List<int>>.
            using System; using System.Collections.Generic;
            namespace G48 { static class C {
              public static void Run(double[][] x, double[][] p, Dictionary<string, List<int>> groups) {
                for (int r = 0; r < x.Length; r++) {
                  double m = double.NegativeInfinity;
                  for (int c = 0; c < x[r].Length; c++) m = Math.Max(m, x[r][c]);
                  double s = 0;
                  foreach (var kv in groups) foreach (int c in kv.Value) { p[r][c] = Math.Exp(x[r][c] - m); s += p[r][c]; }
                  foreach (var kv in groups) foreach (int c in kv.Value) p[r][c] /= s;
                }
              } } }
            """,
        ["G49_PerGroupMaxOneTotalLG0002"] = """
            // expected: LG0002 (bug). Each group shifted by its OWN max, but one total across all groups: terms with different
            // shifts are added (the total mixes scales); with groups at 0 and -1000 the result is not a distribution (each group sums to its own share).
            using System; using System.Collections.Generic;
            namespace G49 { static class C {
              public static void Run(float[] x, float[] p, Dictionary<int, List<int>> syn) {
                float total = 0f;
                foreach (var (key, idx) in syn) {
                  float m = float.NegativeInfinity;
                  for (int q = 0; q < idx.Count; q++) m = MathF.Max(m, x[idx[q]]);
                  for (int q = 0; q < idx.Count; q++) { p[idx[q]] = MathF.Exp(x[idx[q]] - m); total += p[idx[q]]; } //~ LG0002
                }
                foreach (var (key, idx) in syn) foreach (int c in idx) p[c] /= total;
              } } }
            """,
        ["G50_MaxAssignedPerGroupByLinq"] = """
            // expected: silent. m and s declared before the group loop; per group m = idx.Max(c => x[c]) (assigned, not folded)
            // and s reset: per-group softmax with the group's own max.
            using System; using System.Collections.Generic; using System.Linq;
            namespace G50 { static class C {
              public static void Run(double[] x, double[] p, Dictionary<char, int[]> syn) {
                double m, s;
                foreach (var (aa, idx) in syn) {
                  m = idx.Max(c => x[c]);
                  s = 0;
                  foreach (int c in idx) { p[c] = Math.Exp(x[c] - m); s += p[c]; }
                  foreach (int c in idx) p[c] /= s;
                }
              } } }
            """,
        ["G51_PerGroupMaxRescaledToUnionMax"] = """
            // expected: silent. Each group's exps use the group's own max mg[g], then are rescaled by exp(mg[g] - M) (M = max of the
            // mg) before entering ONE total across the groups: every term equals exp(x[c] - M). One correct softmax over the union.
            using System; using System.Collections.Generic;
            namespace G51 { static class C {
              public static void Run(double[] x, double[] p, List<int[]> groups) {
                var mg = new double[groups.Count];
                double M = double.NegativeInfinity;
                for (int g = 0; g < groups.Count; g++) {
                  mg[g] = double.NegativeInfinity;
                  foreach (int c in groups[g]) mg[g] = Math.Max(mg[g], x[c]);
                  M = Math.Max(M, mg[g]);
                }
                double total = 0;
                for (int g = 0; g < groups.Count; g++) {
                  double corr = Math.Exp(mg[g] - M);
                  foreach (int c in groups[g]) { p[c] = Math.Exp(x[c] - mg[g]) * corr; total += p[c]; }
                }
                for (int g = 0; g < groups.Count; g++) foreach (int c in groups[g]) p[c] /= total;
              } } }
            """,
        ["G52_PerRowPerGroupMaxFirstElementInit"] = """
            // expected: silent. Per row and per group: m (declared before the group loop) starts at the group's first member and
            // folds over the rest; s reset per group: each group's own softmax within the row.
            using System; using System.Collections.Generic;
            namespace G52 { static class C {
              public static void Run(double[,] x, double[,] p, Dictionary<char, int[]> syn) {
                double m, s;
                for (int r = 0; r < x.GetLength(0); r++)
                  foreach (var kv in syn) {
                    var idx = kv.Value;
                    m = x[r, idx[0]];
                    for (int q = 1; q < idx.Length; q++) if (x[r, idx[q]] > m) m = x[r, idx[q]];
                    s = 0;
                    foreach (int c in idx) { p[r, c] = Math.Exp(x[r, c] - m); s += p[r, c]; }
                    foreach (int c in idx) p[r, c] /= s;
                  }
              } } }
            """,
        ["G53_RowAliasBatchWideMaxUnionTotal"] = """
            // expected: LG0001 (bug). var row = x[r] per sample; the max runs over every sample's row (batch-wide), the total per
            // sample across the groups: a sample 1000 below the batch max gives 0/0.
            using System; using System.Collections.Generic;
            namespace G53 { static class C {
              public static void Run(double[][] x, double[][] p, List<int[]> groups) {
                double m = double.NegativeInfinity;
                for (int r = 0; r < x.Length; r++) for (int c = 0; c < x[r].Length; c++) m = Math.Max(m, x[r][c]); //~ LG0001
                for (int r = 0; r < x.Length; r++) {
                  var row = x[r]; var pr = p[r];
                  double s = 0;
                  foreach (var g in groups) foreach (int c in g) { pr[c] = Math.Exp(row[c] - m); s += pr[c]; }
                  foreach (var g in groups) foreach (int c in g) pr[c] /= s;
                }
              } } }
            """,
        ["G54_RunningTotalDividedPerGroup"] = """
            // expected: LG0001 + LG0002 (bug). The total s is carried across the groups (never reset) but each group is divided right after
            // its own exps: group g is normalised by the sum of groups 0..g (LG0002), and a first group 1000 below m gives 0/0 (LG0001).
            using System; using System.Collections.Generic;
            namespace G54 { static class C {
              public static void Run(double[] x, double[] p, Dictionary<char, int[]> syn) {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]); //~ LG0001
                double s = 0;
                foreach (var kv in syn) {
                  foreach (int c in kv.Value) { p[c] = Math.Exp(x[c] - m); s += p[c]; } //~ LG0002
                  foreach (int c in kv.Value) p[c] /= s;
                }
              } } }
            """,
        ["G55_GnnEdgeSoftmaxPerNode"] = """
            // expected: silent. Graph attention edge softmax: for each node, max and sum over its incoming edges inEdges[v]
            // (edge ids into the flat score array e). Per-node softmax, correct.
            using System;
            namespace G55 { static class C {
              public static void Run(float[] e, float[] alpha, int[][] inEdges) {
                for (int v = 0; v < inEdges.Length; v++) {
                  float m = float.NegativeInfinity;
                  foreach (int k in inEdges[v]) m = MathF.Max(m, e[k]);
                  float s = 0f;
                  foreach (int k in inEdges[v]) { alpha[k] = MathF.Exp(e[k] - m); s += alpha[k]; }
                  foreach (int k in inEdges[v]) alpha[k] /= s;
                }
              } } }
            """,
        ["G56_GnnEdgeSoftmaxGlobalMax"] = """
            // expected: LG0001 (bug). Edge softmax per node, but shifted by the max over ALL edges of the graph (e - e.max()):
            // a node whose incoming scores are 1000 below the graph max gets 0/0.
            using System;
            namespace G56 { static class C {
              public static void Run(float[] e, float[] alpha, int[][] inEdges) {
                float m = float.NegativeInfinity;
                for (int k = 0; k < e.Length; k++) m = MathF.Max(m, e[k]); //~ LG0001
                for (int v = 0; v < inEdges.Length; v++) {
                  float s = 0f;
                  foreach (int k in inEdges[v]) { alpha[k] = MathF.Exp(e[k] - m); s += alpha[k]; }
                  foreach (int k in inEdges[v]) alpha[k] /= s;
                }
              } } }
            """,
        ["G57_GnnScatterSoftmaxPerNode"] = """
            // expected: silent. Scatter spelling (PyG style): per-destination max and sum scattered in passes over all edges,
            // alpha[k] = exp(e[k] - nodeMax[dst[k]]) / nodeSum[dst[k]]. Per-node softmax, correct.
            using System;
            namespace G57 { static class C {
              public static void Run(double[] e, double[] alpha, int[] dst, int nodes) {
                var nodeMax = new double[nodes]; var nodeSum = new double[nodes];
                Array.Fill(nodeMax, double.NegativeInfinity);
                for (int k = 0; k < e.Length; k++) nodeMax[dst[k]] = Math.Max(nodeMax[dst[k]], e[k]);
                for (int k = 0; k < e.Length; k++) { alpha[k] = Math.Exp(e[k] - nodeMax[dst[k]]); nodeSum[dst[k]] += alpha[k]; }
                for (int k = 0; k < e.Length; k++) alpha[k] /= nodeSum[dst[k]];
              } } }
            """,
        ["G58_GnnScatterSoftmaxGlobalMax"] = """
            // expected: LG0001 (bug). Scatter spelling with the GLOBAL max of all edge scores, per-destination sums:
            // a node whose scores are 1000 below gets 0/0.
            using System;
            namespace G58 { static class C {
              public static void Run(double[] e, double[] alpha, int[] dst, int nodes) {
                var nodeSum = new double[nodes];
                double m = double.NegativeInfinity;
                for (int k = 0; k < e.Length; k++) m = Math.Max(m, e[k]); //~ LG0001
                for (int k = 0; k < e.Length; k++) { alpha[k] = Math.Exp(e[k] - m); nodeSum[dst[k]] += alpha[k]; }
                for (int k = 0; k < e.Length; k++) alpha[k] /= nodeSum[dst[k]];
              } } }
            """,
        ["GU01_LocalFunctionDivisionDeclaredBeforeTheGroupLoop"] = """
            // expected: silent (correct). One softmax over the union of the groups: whole-array max, ONE total across every group,
            // divided after the group loop -- by a local function that is DECLARED (textually) before the group loop and called after it.
            using System; using System.Collections.Generic;
            namespace GU01 { static class C {
              public static void Run(double[] x, double[] e, Dictionary<char, int[]> groups) {
                double total = 0.0;
                void Normalise() { foreach (var kv in groups) foreach (int c in kv.Value) e[c] /= total; }
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) top = Math.Max(top, x[i]);
                foreach (var kv in groups)
                  foreach (int c in kv.Value) { e[c] = Math.Exp(x[c] - top); total += e[c]; }
                Normalise();
              } } }
            """,
        ["GU02_LambdaDivisionDeclaredBeforeTheGroupLoop"] = """
            // expected: silent (correct). Union softmax as GU01, the division in an Action lambda created before the group loop
            // (captures total) and invoked after it.
            using System; using System.Collections.Generic;
            namespace GU02 { static class C {
              public static void Run(double[] x, double[] e, List<int[]> groups) {
                double total = 0.0;
                Action normalise = () => { for (int g = 0; g < groups.Count; g++) foreach (int c in groups[g]) e[c] /= total; };
                double top = double.NegativeInfinity;
                foreach (double xi in x) top = Math.Max(top, xi);
                for (int g = 0; g < groups.Count; g++)
                  foreach (int c in groups[g]) { e[c] = Math.Exp(x[c] - top); total += e[c]; }
                normalise();
              } } }
            """,
    };

    /// <summary>The review's cases still missed (LINQ gathers, LINQ union maximum, a column-major read at a listed row).</summary>
    private static readonly Dictionary<string, string> MissedCases = new()
    {
        ["G40_LinqSumSelectorWholeMax"] = """
            // expected: LG0001 (bug). Whole-array max; per group s = kv.Value.Sum(c => exp(x[c] - top)); p[c] = exp(..)/s per group.
            using System; using System.Collections.Generic; using System.Linq;
            namespace G40 { static class C {
              public static void Run(double[] x, double[] p, Dictionary<char, int[]> syn) {
                double top = x.Max(); //~ LG0001
                foreach (var kv in syn) {
                  double s = kv.Value.Sum(c => Math.Exp(x[c] - top));
                  foreach (int c in kv.Value) p[c] = Math.Exp(x[c] - top) / s;
                }
              } } }
            """,
        ["G41_FloatListLinqGatherWholeMax"] = """
            // expected: LG0001 (bug). float, groups as List<List<int>>; whole-array max by a loop; per group a LINQ gather
            // g.Select(c => MathF.Exp(x[c] - top)).ToList(), summed and divided per group.
            using System; using System.Collections.Generic; using System.Linq;
            namespace G41 { static class C {
              public static List<float[]> Run(float[] x, List<List<int>> groups) {
                float top = float.NegativeInfinity;
                foreach (float u in x) top = MathF.Max(top, u); //~ LG0001
                var res = new List<float[]>();
                foreach (var g in groups) {
                  var e = g.Select(c => MathF.Exp(x[c] - top)).ToList();
                  float s = e.Sum();
                  res.Add(e.Select(v => v / s).ToArray());
                }
                return res;
              } } }
            """,
        ["G43_LinqUnionMaxPerGroupSum"] = """
            // expected: LG0001 (bug). Max over the union of the groups by LINQ SelectMany, then per-group sums: a group far below gives 0/0.
            using System; using System.Collections.Generic; using System.Linq;
            namespace G43 { static class C {
              public static void Run(double[] x, double[] p, List<int[]> groups) {
                double m = groups.SelectMany(g => g).Max(c => x[c]); //~ LG0001
                foreach (var g in groups) {
                  double s = 0;
                  foreach (int c in g) { p[c] = Math.Exp(x[c] - m); s += p[c]; }
                  foreach (int c in g) p[c] /= s;
                }
              } } }
            """,
        ["G44_WholeExpsLinqPerGroupSum"] = """
            // expected: LG0001 (bug). e = exp(x - wholeMax) once; each group normalised by its own LINQ sum kv.Value.Sum(c => e[c]):
            // a group far below the whole max has e = 0 everywhere -> 0/0 (G17 with a LINQ sum).
            using System; using System.Collections.Generic; using System.Linq;
            namespace G44 { static class C {
              public static void Run(double[] x, double[] p, Dictionary<char, int[]> syn) {
                double m = x.Max(); //~ LG0001
                var e = new double[x.Length];
                for (int i = 0; i < x.Length; i++) e[i] = Math.Exp(x[i] - m);
                foreach (var kv in syn) {
                  double s = kv.Value.Sum(c => e[c]);
                  foreach (int c in kv.Value) p[c] = e[c] / s;
                }
              } } }
            """,
        ["G47_ColumnMajorWholeColumnMaxPerGroupSum"] = """
            // expected: LG0001 (bug). Column-major logits x[c, b] (classes x batch); per batch item b the max over ALL classes,
            // then per-group sums over the group's classes: a group far below the item's best gives 0/0.
            using System; using System.Collections.Generic;
            namespace G47 { static class C {
              public static void Run(double[,] x, double[,] p, List<int[]> groups) {
                for (int b = 0; b < x.GetLength(1); b++) {
                  double m = double.NegativeInfinity;
                  for (int c = 0; c < x.GetLength(0); c++) m = Math.Max(m, x[c, b]); //~ LG0001
                  foreach (var g in groups) {
                    double s = 0;
                    foreach (int c in g) { p[c, b] = Math.Exp(x[c, b] - m); s += p[c, b]; }
                    foreach (int c in g) p[c, b] /= s;
                  }
                }
              } } }
            """,
    };

    public static TheoryData<string> ReviewCaseNames => new(ReviewCases.Keys);

    public static TheoryData<string> MissedCaseNames => new(MissedCases.Keys);

    [Theory]
    [MemberData(nameof(ReviewCaseNames))]
    public async Task ReviewCase_ReportsItsNumericLabel(string name) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(ReviewCases[name]);

    [Theory(Skip = "still missed (groupunion2): LINQ gathers and sums per group, a LINQ union maximum, a column-major read at a listed row")]
    [MemberData(nameof(MissedCaseNames))]
    public async Task ReviewCase_StillMissed(string name) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(MissedCases[name]);

    /// <summary>One way to walk the groups: the parameter, the loop over the groups (open and close), the group's index list and its length.</summary>
    private sealed record Groups(string Parameter, string Open, string Close, string List, string Length);

    private static readonly Dictionary<string, Groups> GroupSpellings = new()
    {
        ["pair"] = new("Dictionary<char, int[]> syn", "foreach (var kv in syn) {", "}", "kv.Value", "Length"),
        ["deconstructed"] = new("Dictionary<string, int[]> syn", "foreach (var (name, idx) in syn) {", "}", "idx", "Length"),
        ["alias"] = new("List<int[]> groups", "for (int i = 0; i < groups.Count; i++) { var g = groups[i];", "}", "g", "Length"),
        ["listoflists"] = new("List<List<int>> groups", "foreach (var g in groups) {", "}", "g", "Count"),
        ["record"] = new("Grp[] groups", "foreach (var g in groups) {", "}", "g.Cols", "Length"),
    };

    /// <summary>The walk over one group's indices binding <c>c</c>: by the index walk or by position.</summary>
    private static string Walk(Groups groups, bool byPosition, string body) => byPosition
        ? $"for (int k = 0; k < {groups.List}.{groups.Length}; k++) {{ int c = {groups.List}[k]; {body} }}"
        : $"foreach (int c in {groups.List}) {{ {body} }}";

    /// <summary>The whole array's maximum, by a loop or by LINQ.</summary>
    private static readonly Dictionary<string, string> WholeMaxima = new()
    {
        ["loop"] = "double m = double.NegativeInfinity; for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);",
        ["linq"] = "double m = x.Max();",
    };

    public static TheoryData<string, bool, string> Spellings()
    {
        var data = new TheoryData<string, bool, string>();
        foreach (var groups in GroupSpellings.Keys)
        {
            foreach (var byPosition in new[] { false, true })
            {
                foreach (var max in WholeMaxima.Keys)
                {
                    data.Add(groups, byPosition, max);
                }
            }
        }

        return data;
    }

    /// <summary>A method over <paramref name="groups"/>: <paramref name="before"/>, then the group loop with <paramref name="inside"/>, then <paramref name="after"/>.</summary>
    private static string Source(Groups groups, string before, string inside, string after) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        record Grp(string Name, int[] Cols);
        static class C {
          public static void Run(double[] x, double[] p, {{groups.Parameter}}) {
            {{before}}
            {{groups.Open}}
              {{inside}}
            {{groups.Close}}
            {{after}}
          }
        }
        """;

    private static string Float(string source) =>
        source.Replace("double", "float").Replace("Math.", "MathF.").Replace("0.0", "0f").Replace("1.0", "1f");

    /// <summary>
    /// G54 generalised: a running total never reset, each group divided by it inside the group loop, under the whole
    /// array's maximum. A first group 1000 below m has exps 0 and a partial total 0: 0/0 (LG0001 at the maximum); the
    /// later groups are divided by the sum of the groups so far (LG0002 at the fold). Double and float.
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task WholeMax_RunningTotalDividedInsideTheGroupLoop_IsLG0001AndLG0002(string spelling, bool byPosition, string max)
    {
        var groups = GroupSpellings[spelling];
        var source = Source(groups, WholeMaxima[max] + " //~ LG0001" + "\n    double s = 0.0;",
            Walk(groups, byPosition, "p[c] = Math.Exp(x[c] - m); s += p[c];") + " //~ LG0002\n      " + Walk(groups, byPosition, "p[c] /= s;"), "");
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Float(source));
    }

    /// <summary>
    /// The correct union softmax in the same spellings: the running total divided after the group loop (directly or by
    /// its reciprocal), walking the groups again. One softmax over the union, sums to 1 at ±1000. Silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task WholeMax_RunningTotalDividedAfterTheGroupLoop_StaysSilent(string spelling, bool byPosition, string max)
    {
        var groups = GroupSpellings[spelling];
        var fill = Walk(groups, byPosition, "p[c] = Math.Exp(x[c] - m); s += p[c];");
        var divide = Source(groups, WholeMaxima[max] + "\n    double s = 0.0;", fill,
            groups.Open + " " + Walk(groups, byPosition, "p[c] /= s;") + " " + groups.Close);
        var reciprocal = Source(groups, WholeMaxima[max] + "\n    double s = 0.0;", fill,
            "double inv = 1.0 / s;\n    " + groups.Open + " " + Walk(groups, byPosition, "p[c] *= inv;") + " " + groups.Close);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(divide);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Float(divide));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(reciprocal);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Float(reciprocal));
    }

    /// <summary>The correct per-group softmax in the same spellings: the group's own maximum (by a loop or by LINQ) and a total reset per group. Silent.</summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task GroupMax_TotalResetPerGroup_StaysSilent(string spelling, bool byPosition, string maxSpelling)
    {
        var groups = GroupSpellings[spelling];
        var max = maxSpelling == "loop"
            ? "double m = double.NegativeInfinity; " + Walk(groups, byPosition, "m = Math.Max(m, x[c]);")
            : $"double m = {groups.List}.Max(c => x[c]);";
        var source = Source(groups, "", max + "\n      double s = 0.0;\n      " + Walk(groups, byPosition, "p[c] = Math.Exp(x[c] - m); s += p[c];")
            + "\n      " + Walk(groups, byPosition, "p[c] /= s;"), "");
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Float(source));
    }

    /// <summary>
    /// The per-group twin of the G54 spellings: a total reset per group and divided inside the group loop under the
    /// whole array's maximum stays LG0001 (each group its own slice, a group 1000 below gives 0/0).
    /// </summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task WholeMax_TotalResetPerGroup_IsLG0001(string spelling, bool byPosition, string max)
    {
        var groups = GroupSpellings[spelling];
        var source = Source(groups, WholeMaxima[max] + " //~ LG0001", "double s = 0.0;\n      " + Walk(groups, byPosition, "p[c] = Math.Exp(x[c] - m); s += p[c];")
            + "\n      " + Walk(groups, byPosition, "p[c] /= s;"), "");
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Float(source));
    }
}
