using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;

namespace LayerGen.Differentiation.Emitting;

// The forward of a running maximum or minimum (RunningExtremum) on Vector256 lanes: each lane keeps the extremum of its
// own iterations and the last iteration that took the branch, with the loop's own comparison (a NaN never wins, as in
// the scalar loop). The lanes' winners are then merged as the scalar loop would have met them (LaneWinners.Merge in the
// runtime, branch-free): the strictly better value wins, and between values that compare equal (ties, -0 and +0) the
// earlier iteration for > and <, the later for >= and <=. So m and its iteration (the index the tape keeps) are exactly
// the scalar loop's. The iterations past the last whole vector run as one more vector that ends at the bound (a maximum
// or minimum is idempotent; each lane still meets its iterations in order); the scalar loop is left for rows narrower
// than a vector and machines without Vector256.

internal sealed partial class BackwardRowEmitter
{
    /// <summary>The spans and locals the extremum's value reads when it runs on lanes; null when it stays scalar.</summary>
    private (List<ArrayRef> Arrays, List<int> ReadLocals)? ExtremumLanes(RunningExtremum extremum)
    {
        var arrays = new List<ArrayRef>();
        var readLocals = new List<int>();
        if (_model.Locals[extremum.Assignment.Local].Type != _model.ElementType
            || !VectorLoop.IsLaneValue(extremum.Loop, extremum.Assignment.Value, readLocals, arrays)
            || readLocals.Any(id => _model.Locals[id].Type != _model.ElementType)
            || arrays.Any(a => a.Kind == ArrayKind.Buffer && _model.Buffers[a.Index].Type != _model.ElementType))
        {
            return null;
        }

        return (arrays, readLocals);
    }

    /// <summary>The loop of <see cref="EmitExtremumForward"/> on lanes; <paramref name="index"/> is declared and set to the winning iteration.</summary>
    private void EmitVectorExtremumForward(RunningExtremum extremum, List<ArrayRef> arrays, List<int> readLocals, string index)
    {
        ForLoop loop = extremum.Loop;
        AssignLocal assign = extremum.Assignment;
        var compare = (RealCompare)((IfStatement)loop.Body[0]).Condition;
        LocalInfo local = _model.Locals[assign.Local];
        (bool maximum, bool first, string laneTest) = LaneComparison(compare, assign);

        string i = _model.IntNames[loop.Variable];
        string start = _printer.Int(loop.Start);
        string bound = _printer.Int(loop.Bound);
        string lanes = Vector + "<" + _element + ">";
        string integer = _model.ElementType == RealType.Float ? "int" : "long";
        string integerLanes = Vector + "<" + integer + ">";
        _writer.Comment("computes: " + loop.Source);
        _writer.Comment("(on Vector256 lanes: each lane keeps the " + (maximum ? "maximum" : "minimum") + " of its iterations and the last iteration that "
            + "took the branch; the lanes' winners are merged as the scalar loop would meet them; one vector that ends at the bound takes the iterations past the last whole vector)");
        _writer.Line("int " + index + " = -1; // the last iteration that took the branch (-1: none)");
        using (_writer.Block())
        {
            string end = _names.Temporary("vectorEnd");
            var fits = new List<string> { Vector + ".IsHardwareAccelerated" };
            if (loop.Start is not IntConstant { Value: >= 0 })
            {
                fits.Add(start + " >= 0");
            }

            fits.AddRange(arrays.Where(a => !loop.Bound.Equals(new IntLength(a))).Select(a => bound + " <= " + _names.ArrayName(a) + ".Length"));
            _writer.Line("int " + end + " = " + string.Join(" && ", fits));
            using (_writer.Indent())
            {
                _writer.Line("? " + start + " + ((" + bound + " - " + start + ") / " + lanes + ".Count * " + lanes + ".Count)");
                _writer.Line(": " + start + ";");
            }

            using (_writer.Block("if (" + end + " > " + start + ")"))
            {
                var references = new Dictionary<ArrayRef, string>();
                foreach (ArrayRef array in arrays)
                {
                    references[array] = _names.Temporary(_names.ArrayName(array) + "Ref");
                    _writer.Line("ref " + _element + " " + references[array] + " = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(" + _names.ArrayName(array) + ");");
                }

                string best = _names.Temporary(local.Name + "Lanes");
                string at = _names.Temporary("atLanes");
                string iteration = _names.Temporary("iterationLanes");
                _writer.Line("var " + best + " = " + Vector + ".Create(" + local.Name + ");");
                _writer.Line("var " + at + " = " + Vector + ".Create((" + integer + ")(-1));");

                // One step of the loop on the lanes of vector: the lane takes v where the loop's comparison holds.
                void EmitStep(string vector, Dictionary<int, string> broadcasts, string bestLanes, string atLanes, string iterationLanes)
                {
                    _writer.Comment("computes: " + loop.Body[0].Source);
                    string value = new ForwardLanes(this, i, references, broadcasts, vector).Value(assign.Value);
                    string taken = _names.Temporary("taken");
                    string v = _names.Temporary("v");
                    _writer.Line("var " + v + " = " + value + ";");
                    _writer.Line("var " + taken + " = " + vector + "." + laneTest + "(" + v + ", " + bestLanes + ");");
                    _writer.Line(bestLanes + " = " + vector + ".ConditionalSelect(" + taken + ", " + v + ", " + bestLanes + ");");
                    _writer.Line(atLanes + " = " + vector + ".ConditionalSelect(" + vector + ".As" + (integer == "int" ? "Int32" : "Int64") + "(" + taken + "), " + iterationLanes + ", " + atLanes + ");");
                }

                // The loop over whole vectors of vector's lanes from i, iteration by iteration in each lane; returns the broadcasts.
                Dictionary<int, string> EmitLanes(string vector, string laneEnd, string bestLanes, string atLanes, string iterationLanes)
                {
                    var broadcasts = new Dictionary<int, string>();
                    foreach (int id in readLocals)
                    {
                        broadcasts[id] = _names.Temporary(_model.Locals[id].Name + "Lanes");
                        _writer.Line("var " + broadcasts[id] + " = " + vector + ".Create(" + _model.Locals[id].Name + ");");
                    }

                    string step = _names.Temporary("stepLanes");
                    _writer.Line("var " + iterationLanes + " = " + vector + ".Create((" + integer + ")" + i + ") + " + vector + "<" + integer + ">.Indices;");
                    _writer.Line("var " + step + " = " + vector + ".Create((" + integer + ")" + vector + "<" + _element + ">.Count);");
                    using (_writer.Block("for (; " + i + " < " + laneEnd + "; " + i + " += " + vector + "<" + _element + ">.Count)"))
                    {
                        EmitStep(vector, broadcasts, bestLanes, atLanes, iterationLanes);
                        _writer.Line(iterationLanes + " += " + step + ";");
                    }

                    return broadcasts;
                }

                _writer.Line("int " + i + " = " + start + ";");
                _writer.Comment("Where Vector512 is accelerated, its lanes first (as the library's kernels pick the widest accelerated width); "
                    + "then each Vector256 lane takes the winner of its two Vector512 lanes, as the scalar loop would meet them, and goes on.");
                using (_writer.Block("if (" + WideVector + ".IsHardwareAccelerated)"))
                {
                    string wideEnd = _names.Temporary("wideEnd");
                    string wideLanes = WideVector + "<" + _element + ">";
                    _writer.Line("int " + wideEnd + " = " + start + " + ((" + end + " - " + start + ") / " + wideLanes + ".Count * " + wideLanes + ".Count);");
                    string wideBest = _names.Temporary(local.Name + "WideLanes");
                    string wideAt = _names.Temporary("atWideLanes");
                    _writer.Line("var " + wideBest + " = " + WideVector + ".Create(" + local.Name + ");");
                    _writer.Line("var " + wideAt + " = " + WideVector + ".Create((" + integer + ")(-1));");
                    EmitLanes(WideVector, wideEnd, wideBest, wideAt, _names.Temporary("iterationWideLanes"));
                    _writer.Line("global::LayerGen.Generated.LaneWinners.Fold(" + wideBest + ", " + wideAt + ", maximum: " + (maximum ? "true" : "false")
                        + ", first: " + (first ? "true" : "false") + ", out " + best + ", out " + at + ");");
                }

                Dictionary<int, string> narrowBroadcasts = EmitLanes(Vector, end, best, at, iteration);
                _writer.Comment("The iterations past the last whole vector: one vector that ends at the bound. The iterations it meets again "
                    + "change nothing: each lane still meets its iterations in order, and an iteration met in two lanes is one candidate.");
                using (_writer.Block("if (" + end + " < " + bound + ")"))
                {
                    _writer.Line(i + " = " + bound + " - " + lanes + ".Count;");
                    _writer.Line(iteration + " = " + Vector + ".Create((" + integer + ")" + i + ") + " + integerLanes + ".Indices;");
                    EmitStep(Vector, narrowBroadcasts, best, at, iteration);
                    _writer.Line(end + " = " + bound + ";");
                }

                _writer.Comment("The lanes' winners in the scalar loop's order: a better value wins; of equal values, the "
                    + (first ? "earlier" : "later") + " iteration (two reductions across the lanes, no branches).");
                _writer.Line(index + " = global::LayerGen.Generated.LaneWinners.Merge(" + best + ", " + at + ", maximum: "
                    + (maximum ? "true" : "false") + ", first: " + (first ? "true" : "false") + ", ref " + local.Name + ");");
            }

            var branch = (IfStatement)loop.Body[0];
            using (_writer.Block("for (int " + i + " = " + end + "; " + i + " < " + _printer.IntBare(loop.Bound) + "; " + i + "++)"))
            {
                using (_writer.Block("if (" + _printer.Condition(branch.Condition) + ")"))
                {
                    _writer.Line(local.Name + " = " + _printer.RealBare(assign.Value) + ";");
                    _writer.Line(index + " = " + i + ";");
                }
            }
        }
    }

    /// <summary>
    /// The loop of <see cref="EmitExtremumForward"/> on lanes where nobody reads the winning iteration (the batch Forward;
    /// a maximum the reverse sweep skips): each lane keeps only its extremum, one compare and select per vector (alternate
    /// vectors in two sets of lanes: the order of a maximum's comparisons does not change it when the merge is exact), and the
    /// iterations past the last whole vector run as one more vector that ends at the bound. The lanes' best value is the
    /// scalar loop's unless lanes equal to it differ in their bits (-0 and +0) or hold NaN: then the scalar loop runs the
    /// row again from the start (LaneWinners.TryMerge).
    /// </summary>
    private void EmitValueExtremumForward(RunningExtremum extremum, List<ArrayRef> arrays, List<int> readLocals)
    {
        ForLoop loop = extremum.Loop;
        AssignLocal assign = extremum.Assignment;
        var compare = (RealCompare)((IfStatement)loop.Body[0]).Condition;
        LocalInfo local = _model.Locals[assign.Local];
        (bool maximum, _, string laneTest) = LaneComparison(compare, assign);
        string i = _model.IntNames[loop.Variable];
        string start = _printer.Int(loop.Start);
        string bound = _printer.Int(loop.Bound);
        _writer.Comment("computes: " + loop.Source);
        _writer.Comment("(on lanes: each lane keeps the " + (maximum ? "maximum" : "minimum") + " of its iterations; one vector that ends at the bound takes "
            + "the iterations past the last whole vector; the best lane is " + local.Name + " unless lanes equal to it differ in their bits, -0 and +0, "
            + "or hold NaN: then the scalar loop runs from the start)");
        using (_writer.Block())
        {
            string end = _names.Temporary("vectorEnd");
            var fits = new List<string> { Vector + ".IsHardwareAccelerated", bound + " - " + start + " >= " + Vector + "<" + _element + ">.Count" };
            if (loop.Start is not IntConstant { Value: >= 0 })
            {
                fits.Add(start + " >= 0");
            }

            fits.AddRange(arrays.Where(a => !loop.Bound.Equals(new IntLength(a))).Select(a => bound + " <= " + _names.ArrayName(a) + ".Length"));
            _writer.Line("int " + end + " = " + string.Join(" && ", fits) + " ? " + bound + " : " + start + ";");
            using (_writer.Block("if (" + end + " > " + start + ")"))
            {
                var references = new Dictionary<ArrayRef, string>();
                foreach (ArrayRef array in arrays)
                {
                    references[array] = _names.Temporary(_names.ArrayName(array) + "Ref");
                    _writer.Line("ref " + _element + " " + references[array] + " = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(" + _names.ArrayName(array) + ");");
                }

                void EmitLanes(string vector)
                {
                    string count = vector + "<" + _element + ">.Count";
                    var broadcasts = new Dictionary<int, string>();
                    foreach (int id in readLocals)
                    {
                        broadcasts[id] = _names.Temporary(_model.Locals[id].Name + "Lanes");
                        _writer.Line("var " + broadcasts[id] + " = " + vector + ".Create(" + _model.Locals[id].Name + ");");
                    }

                    // Two sets of lanes, alternate vectors (swapped after each step): two compare-and-select chains, not one.
                    string best = _names.Temporary(local.Name + "Lanes");
                    string other = _names.Temporary(local.Name + "Lanes");
                    _writer.Line("var " + best + " = " + vector + ".Create(" + local.Name + ");");
                    _writer.Line("var " + other + " = " + best + ";");
                    void EmitStep()
                    {
                        _writer.Comment("computes: " + loop.Body[0].Source);
                        string v = _names.Temporary("v");
                        _writer.Line("var " + v + " = " + new ForwardLanes(this, i, references, broadcasts, vector).Value(assign.Value) + ";");
                        _writer.Line(best + " = " + vector + ".ConditionalSelect(" + vector + "." + laneTest + "(" + v + ", " + best + "), " + v + ", " + best + ");");
                        _writer.Line("(" + best + ", " + other + ") = (" + other + ", " + best + ");");
                    }

                    _writer.Line("int " + i + " = " + start + ";");
                    using (_writer.Block("for (; " + i + " <= " + bound + " - " + count + "; " + i + " += " + count + ")"))
                    {
                        EmitStep();
                    }

                    using (_writer.Block("if (" + i + " < " + bound + ")"))
                    {
                        _writer.Line(i + " = " + bound + " - " + count + ";");
                        EmitStep();
                    }

                    using (_writer.Block("if (!global::LayerGen.Generated.LaneWinners.TryMerge(" + best + ", " + other + ", maximum: " + (maximum ? "true" : "false") + ", ref " + local.Name + "))"))
                    {
                        _writer.Line(end + " = " + start + "; // the scalar loop below decides");
                    }
                }

                using (_writer.Block("if (" + WideVector + ".IsHardwareAccelerated && " + bound + " - " + start + " >= " + WideVector + "<" + _element + ">.Count)"))
                {
                    EmitLanes(WideVector);
                }

                using (_writer.Block("else"))
                {
                    EmitLanes(Vector);
                }
            }

            var branch = (IfStatement)loop.Body[0];
            using (_writer.Block("for (int " + i + " = " + end + "; " + i + " < " + _printer.IntBare(loop.Bound) + "; " + i + "++)"))
            {
                using (_writer.Block("if (" + _printer.Condition(branch.Condition) + ")"))
                {
                    _writer.Line(local.Name + " = " + _printer.RealBare(assign.Value) + ";");
                }
            }
        }
    }

    /// <summary>
    /// The extremum loop's comparison as "value op m": a maximum for &gt; and &gt;=, a minimum for &lt; and &lt;=; whether equal
    /// values keep the first iteration (&gt;, &lt;); the lane comparison's name.
    /// </summary>
    private static (bool Maximum, bool First, string LaneTest) LaneComparison(RealCompare compare, AssignLocal assign)
    {
        CompareOperator op = compare.Left.Equals(assign.Value) ? compare.Operator : compare.Operator switch
        {
            CompareOperator.Greater => CompareOperator.Less,
            CompareOperator.GreaterOrEqual => CompareOperator.LessOrEqual,
            CompareOperator.Less => CompareOperator.Greater,
            _ => CompareOperator.GreaterOrEqual,
        };
        string laneTest = op switch
        {
            CompareOperator.Greater => "GreaterThan",
            CompareOperator.GreaterOrEqual => "GreaterThanOrEqual",
            CompareOperator.Less => "LessThan",
            _ => "LessThanOrEqual",
        };
        return (op is CompareOperator.Greater or CompareOperator.GreaterOrEqual, op is CompareOperator.Greater or CompareOperator.Less, laneTest);
    }
}
