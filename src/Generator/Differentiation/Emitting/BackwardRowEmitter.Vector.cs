using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Emitting;

// The reverse of a VectorLoop on Vector256 lanes. The scalar reverse loop first takes the iterations past the last whole
// vector (popping their tape values from the top, as before), then the lanes take the rest, eight (float) or four
// (double) iterations at a time, in any order: iterations touch disjoint elements, running sums' adjoints are the same
// in every iteration, and the adjoints of the locals read are added per lane and summed across lanes afterwards. The
// lanes read the loop's tape slice by index (one value per iteration, pushed in iteration order). Without Vector256
// acceleration, or when a span is shorter than the loop's range (the scalar loop then throws as the forward would),
// the scalar loop runs every iteration. Where Vector512 is accelerated, whole pairs of Vector256 steps run first as one
// Vector512 step, as in the forward (WideLanesBlock). The per-lane adjoint sums are four Vector256 accumulators
// (BackwardRowEmitter.LaneSums.cs): a Vector512 term goes to them as two Vector256 vectors, so the results are those
// of Vector256 alone, bit for bit.

internal sealed partial class BackwardRowEmitter
{
    private const string Vector = "global::System.Runtime.Intrinsics.Vector256";

    // The forward's lanes where Vector512 is accelerated (BackwardRowEmitter.VectorForward.cs).
    private const string WideVector = "global::System.Runtime.Intrinsics.Vector512";

    private VectorLoop? VectorPlan(ForLoop loop, int loopDepth, int topLevelIndex)
    {
        VectorLoop? plan = VectorLoop.Analyze(loop, s => _policy.RecordsOverwrittenValue(s, loopDepth + 1, topLevelIndex));
        if (plan is null
            || plan.Sums.Concat(plan.ReadLocals).Any(id => _model.Locals[id].Type != _model.ElementType)
            || plan.Arrays.Any(a => a.Kind == ArrayKind.Buffer && _model.Buffers[a.Index].Type != _model.ElementType))
        {
            return null;
        }

        return plan;
    }

    private void EmitVectorReverse(VectorLoop plan, int loopDepth, int topLevelIndex)
    {
        ForLoop loop = plan.Loop;
        string i = _model.IntNames[loop.Variable];
        string start = _printer.Int(loop.Start);
        string bound = _printer.Int(loop.Bound);
        string lanes = Vector + "<" + _element + ">";
        _writer.Comment("reverses: " + loop.Source);
        _writer.Comment("(on Vector256 lanes, one iteration per lane; the scalar loop takes the iterations past the last whole vector)");
        bool view = loopDepth == 0 && plan.Taped.Count == 1 && _tapeViews.Contains(plan.Taped[0].Array);
        using (_writer.Block())
        {
            string? after = view ? EmitTapeView(plan.Taped[0], topLevelIndex) : null;
            string end = _names.Temporary("vectorEnd");
            // The lanes index without bounds checks: every span must hold the loop's range (the adjoint spans of y and
            // of buffers are slices of their length; those of x and the parameters are the caller's).
            var fits = new List<string>();
            if (loop.Start is not IntConstant { Value: >= 0 })
            {
                fits.Add(start + " >= 0");
            }

            foreach (ArrayRef array in plan.Arrays)
            {
                var spans = new List<string> { _names.ArrayName(array) };
                if (array.Kind is ArrayKind.Input or ArrayKind.Parameter)
                {
                    spans.Add(_names.AdjointName(array));
                }

                foreach (string span in spans)
                {
                    if (!loop.Bound.Equals(new IntLength(array)) || span != _names.ArrayName(array))
                    {
                        fits.Add(bound + " <= " + span + ".Length");
                    }
                }
            }

            if (after is not null)
            {
                fits.Add(bound + " <= " + after + ".Length");
            }

            List<ArrayRef> seeded = SeededBy(plan, loopDepth, topLevelIndex);
            if (seeded.Exists(a => a.Kind == ArrayKind.Output))
            {
                fits.Add(bound + " <= " + _names.OutputGradient + ".Length"); // the lanes read dy in place
            }

            fits.Insert(0, Vector + ".IsHardwareAccelerated");

            _writer.Line("int " + end + " = " + string.Join(" && ", fits));
            using (_writer.Indent())
            {
                _writer.Line("? " + start + " + ((" + bound + " - " + start + ") / " + lanes + ".Count * " + lanes + ".Count)");
                _writer.Line(": " + start + ";");
            }

            using (_writer.Block("for (int " + i + " = " + bound + " - 1; " + i + " >= " + end + "; " + i + "--)"))
            {
                foreach (ArrayRef array in seeded)
                {
                    // This loop is the first to touch the adjoint: each scalar iteration sets up its element.
                    string element = _names.AdjointName(array) + "[" + i + "] = ";
                    _writer.Line(array.Kind == ArrayKind.Output
                        ? element + _names.OutputGradient + "[" + i + "]; // the adjoint starts from dy"
                        : element + ExpressionPrinter.Literal(_model.ElementType, 0) + "; // the adjoint starts from zero");
                }

                EmitReverse(loop.Body, loopDepth + 1, redeclareIntegers: true, topLevelIndex);
            }

            using (_writer.Block("if (" + end + " > " + start + ")"))
            {
                var references = new Dictionary<string, string>();
                string Reference(string span)
                {
                    if (!references.TryGetValue(span, out string? name))
                    {
                        name = _names.Temporary(span + "Ref");
                        _writer.Line("ref " + _element + " " + name + " = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(" + span + ");");
                        references[span] = name;
                    }

                    return name;
                }

                foreach (ArrayRef array in plan.Arrays)
                {
                    Reference(_names.ArrayName(array));
                    Reference(_names.AdjointName(array));
                }

                if (after is not null)
                {
                    Reference(after);
                }

                string? tapeBase = null;
                if (plan.Taped.Count > 0 && !view)
                {
                    tapeBase = _names.Temporary("tapeBase");
                    Reference(_names.Tape);
                    _writer.Line("int " + tapeBase + " = " + _names.TapeTop + " - (" + end + " - " + start + "); // the lanes' tape values, by iteration");
                }

                // A local read only as a divisor needs no lanes of its own: its adjoint comes from the quotient lanes.
                List<RealExpr> divisors = InvariantDivisors(loop.Body);
                var laneAdjoints = new Dictionary<int, LaneSum>();
                foreach (int id in plan.ReadLocals.Where(id => ReadBesidesDivisor(loop.Body, id) && !_maximumShift.AdjointIsZero(id)))
                {
                    laneAdjoints[id] = LaneSum.Declare(this, _names.LocalAdjoints[id] + "Lanes", "the adjoint of " + _model.Locals[id].Name + ", summed per lane");
                }

                // A divisor the loop does not change: multiply by its reciprocal (a vector division costs several
                // multiplications; the quotient may differ from the scalar one in the last bit).
                var reciprocals = new Dictionary<RealExpr, string>();
                foreach (RealExpr divisor in divisors)
                {
                    string name = _names.Temporary("inverse");
                    _writer.Line("var " + name + " = " + Vector + ".Create(" + ExpressionPrinter.Literal(_model.ElementType, 1) + " / " + _printer.Real(divisor) + ");");
                    reciprocals[divisor] = name;
                }

                // The adjoint of a divisor local b the loop does not change: Σ -g·q/b over the iterations is -(Σ g·q)/b,
                // so the lanes sum g·q (one multiply-add) and the product with 1/b happens once after the loop.
                var quotientLanes = new Dictionary<int, LaneSum>();
                var quotientInverses = new Dictionary<int, string>();
                foreach (RealExpr divisor in divisors)
                {
                    if (divisor is RealLocal local && plan.ReadLocals.Contains(local.Id) && !_maximumShift.AdjointIsZero(local.Id))
                    {
                        quotientInverses[local.Id] = reciprocals[divisor];
                        quotientLanes[local.Id] = LaneSum.Declare(this, _names.LocalAdjoints[local.Id] + "QuotientLanes", "Σ g·q of the quotients q = …/" + _model.Locals[local.Id].Name);
                    }
                }

                // The lanes of a seeded adjoint start from dy's (read in place) or from zero, not from its span.
                var seeds = new Dictionary<string, string?>();
                foreach (ArrayRef array in seeded)
                {
                    seeds[references[_names.AdjointName(array)]] = array.Kind == ArrayKind.Output ? Reference(_names.OutputGradient) : null;
                }

                // Adjoints no later reverse step reads are left in the lanes.
                var unstored = new HashSet<string>();
                foreach (ArrayRef array in LastUsedBy(plan, loopDepth, topLevelIndex))
                {
                    unstored.Add(references[_names.AdjointName(array)]);
                }

                using (WideLanesBlock(i, start, end, out string wideEnd))
                {
                    var wideReciprocals = new Dictionary<RealExpr, string>();
                    foreach (KeyValuePair<RealExpr, string> reciprocal in reciprocals)
                    {
                        wideReciprocals[reciprocal.Key] = _names.Temporary("wideInverse");
                        _writer.Line("var " + wideReciprocals[reciprocal.Key] + " = " + WideVector + ".Create(" + Vector + ".ToScalar(" + reciprocal.Value + "));");
                    }

                    EmitReverseLanes(new VectorAdjoints(this, plan, i, references, laneAdjoints, wideReciprocals, quotientLanes, seeds, unstored, WideVector),
                        wideEnd, tapeBase, start);
                }

                EmitReverseLanes(new VectorAdjoints(this, plan, i, references, laneAdjoints, reciprocals, quotientLanes, seeds, unstored, Vector), end, tapeBase, start);

                string vectors = VectorCount(start, end);
                foreach (KeyValuePair<int, LaneSum> adjoint in laneAdjoints)
                {
                    _writer.Line(_names.LocalAdjoints[adjoint.Key] + " += " + adjoint.Value.Total(vectors) + ";");
                }

                foreach (KeyValuePair<int, LaneSum> quotients in quotientLanes)
                {
                    // Times the reciprocal already computed (a second division would lengthen the row's critical path).
                    _writer.Line(_names.LocalAdjoints[quotients.Key] + " -= " + quotients.Value.Total(vectors) + " * " + Vector + ".ToScalar(" + quotientInverses[quotients.Key] + ");");
                }

                if (tapeBase is not null)
                {
                    _writer.Line(_names.TapeTop + " = " + tapeBase + ";");
                }
            }
        }

        if (view)
        {
            _afterViews.Remove(plan.Taped[0].Array);
        }
    }

    /// <summary>
    /// Declares the lanes' index <paramref name="i"/> at <paramref name="start"/> and opens the block, run where Vector512 is
    /// accelerated, of the whole Vector512 steps up to <paramref name="wideEnd"/> (the forward's lanes and the reverse's):
    /// each step is two Vector256 steps, lane for lane the same operations, and a per-lane sum takes the lower half and
    /// the upper half as two Vector256 vectors (<see cref="LaneSum"/>: the same additions). The Vector256 steps follow the block.
    /// </summary>
    private Generator.Emitting.CodeWriter.Scope WideLanesBlock(string i, string start, string end, out string wideEnd)
    {
        string wideLanes = WideVector + "<" + _element + ">";
        _writer.Line("int " + i + " = " + start + ";");
        _writer.Comment("Where Vector512 is accelerated, two Vector256 steps at a time: each lane computes what it computes on "
            + "Vector256, and a sum takes the lower half and the upper half as two Vector256 vectors (the same additions in the same order).");
        Generator.Emitting.CodeWriter.Scope block = _writer.Block("if (" + WideVector + ".IsHardwareAccelerated)");
        wideEnd = _names.Temporary("wideEnd");
        _writer.Line("int " + wideEnd + " = " + start + " + ((" + end + " - " + start + ") / " + wideLanes + ".Count * " + wideLanes + ".Count);");
        return block;
    }

    /// <summary>The loop <c>for (; i &lt; end; i += Count)</c> on the lanes of <paramref name="lanes"/>, the body's statements reversed.</summary>
    private void EmitReverseLanes(VectorAdjoints lanes, string end, string? tapeBase, string start)
    {
        using (_writer.Block("for (; " + lanes.Index + " < " + end + "; " + lanes.Index + " += " + lanes.Width + "<" + _element + ">.Count)"))
        {
            for (int s = lanes.Plan.Loop.Body.Length - 1; s >= 0; s--)
            {
                lanes.Reverse(lanes.Plan.Loop.Body[s], tapeBase, start);
            }

            lanes.Flush();
            lanes.RotateSums();
        }
    }

    /// <summary>
    /// The reverse of a vector loop's statements, as lane operations (mirrors <see cref="AdjointWriter"/>). The lanes of
    /// every span element <c>[i]</c> the iteration touches stay in locals: loaded on first use, stored once at the end.
    /// </summary>
    private sealed class VectorAdjoints(
        BackwardRowEmitter emitter,
        VectorLoop plan,
        string index,
        Dictionary<string, string> references,
        Dictionary<int, LaneSum> laneAdjoints,
        Dictionary<RealExpr, string> reciprocals,
        Dictionary<int, LaneSum> quotientLanes,
        Dictionary<string, string?> seeds,
        HashSet<string> unstored,
        string vector)
    {
        private readonly Dictionary<RealExpr, string> _temporaries = [];
        private readonly Dictionary<string, string> _lanes = [];
        private readonly List<string> _dirty = [];
        private readonly HashSet<string> _zero = [.. seeds.Where(s => s.Value is null).Select(s => s.Key)];

        public VectorLoop Plan => plan;

        public string Index => index;

        /// <summary>Vector256 or Vector512.</summary>
        public string Width => vector;

        private bool Wide => vector == WideVector;

        private string Lanes => vector + "<" + emitter._element + ">";

        private string Offset => "(nuint)" + index;

        public void Reverse(Statement statement, string? tapeBase, string start)
        {
            BackwardNames names = emitter._names;
            Generator.Emitting.CodeWriter writer = emitter._writer;
            _temporaries.Clear();
            writer.Comment("reverses: " + statement.Source);
            if (statement is AssignLocal sum)
            {
                // A running sum: its adjoint is the same in every iteration.
                Propagate(VectorLoop.SummedTerm(sum)!, vector + ".Create(" + names.LocalAdjoints[sum.Local] + ")");
                return;
            }

            var assign = (AssignElement)statement;
            string target = references[names.ArrayName(assign.Array)];
            string adjoint = references[names.AdjointName(assign.Array)];
            bool differentiable = !IsConstant(assign.Value);
            string seed = names.Temporary("g");
            if (differentiable)
            {
                writer.Line("var " + seed + " = " + Read(adjoint) + ";");
                if (TapePolicy.NeedsOwnValue(assign.Value))
                {
                    // Under a tape view the values the loop wrote are in the kept view, not in the span, or computed again.
                    bool viewed = emitter._afterViews.TryGetValue(assign.Array, out string? after);
                    string own = names.Temporary("v");
                    writer.Line("var " + own + " = " + (viewed && after is null ? ExactValue(assign.Value) : Read(viewed ? references[after!] : target)) + ";");
                    _temporaries[assign.Value] = own;
                }
            }

            Write(adjoint, Lanes + ".Zero");
            _zero.Add(adjoint);
            if (tapeBase is not null && plan.Taped.Any(t => ReferenceEquals(t, assign)))
            {
                Write(target, vector + ".LoadUnsafe(ref " + references[names.Tape] + ", (nuint)(" + tapeBase + " + " + index + " - " + start + "))");
            }

            if (differentiable)
            {
                Propagate(assign.Value, seed);
            }
        }

        /// <summary>After a step: each sum's accumulator of the next vector moves first (<see cref="LaneSum"/>).</summary>
        public void RotateSums()
        {
            foreach (LaneSum sum in laneAdjoints.Values.Concat(quotientLanes.Values))
            {
                sum.Rotate(Wide);
            }
        }

        /// <summary>Stores the lanes the iteration changed.</summary>
        public void Flush()
        {
            // A seeded adjoint is stored even where the iteration left it as it started (dy's lanes or zero).
            foreach (KeyValuePair<string, string?> seed in seeds)
            {
                if (!_dirty.Contains(seed.Key) && !unstored.Contains(seed.Key))
                {
                    Read(seed.Key); // loads dy's lanes (or zero) and marks them to be stored
                }
            }

            foreach (string reference in _dirty.Where(r => !unstored.Contains(r)))
            {
                emitter._writer.Line(vector + ".StoreUnsafe(" + _lanes[reference] + ", ref " + reference + ", " + Offset + ");");
            }

            _lanes.Clear();
            _dirty.Clear();
            _zero.Clear();
            _zero.UnionWith(seeds.Where(s => s.Value is null).Select(s => s.Key));
        }

        private string Read(string reference)
        {
            if (!_lanes.TryGetValue(reference, out string? name))
            {
                name = emitter._names.Temporary(reference.Substring(0, reference.LastIndexOf("Ref", System.StringComparison.Ordinal)) + "Lanes");
                string value = !seeds.TryGetValue(reference, out string? seed) ? vector + ".LoadUnsafe(ref " + reference + ", " + Offset + ")"
                    : seed is null ? Lanes + ".Zero"
                    : vector + ".LoadUnsafe(ref " + seed + ", " + Offset + ")";
                emitter._writer.Line("var " + name + " = " + value + ";");
                _lanes[reference] = name;
                if (seeds.ContainsKey(reference) && !_dirty.Contains(reference))
                {
                    _dirty.Add(reference);
                }
            }

            return name;
        }

        private void Write(string reference, string value)
        {
            _zero.Remove(reference);
            if (!_dirty.Contains(reference))
            {
                _dirty.Add(reference);
            }

            if (_lanes.TryGetValue(reference, out string? name))
            {
                emitter._writer.Line(name + " = " + value + ";");
                return;
            }

            name = emitter._names.Temporary(reference.Substring(0, reference.LastIndexOf("Ref", System.StringComparison.Ordinal)) + "Lanes");
            emitter._writer.Line("var " + name + " = " + value + ";");
            _lanes[reference] = name;
        }

        private void Propagate(RealExpr value, string seed)
        {
            WriteTemporaries(value);
            Into(value, seed);
        }
        private void WriteTemporaries(RealExpr node)
        {
            switch (node)
            {
                case RealNegate negate:
                    WriteTemporaries(negate.Operand);
                    break;
                case RealBinary binary:
                    WriteTemporaries(binary.Left);
                    WriteTemporaries(binary.Right);
                    break;
                case MathCall call:
                    WriteTemporaries(call.Arguments[0]);
                    break;
                default:
                    return;
            }

            if (TapePolicy.NeedsOwnValue(node) && !_temporaries.ContainsKey(node))
            {
                string name = emitter._names.Temporary("v");
                emitter._writer.Line("var " + name + " = " + Value(node) + ";");
                _temporaries[node] = name;
            }
        }

        private string Value(RealExpr node)
        {
            if (_temporaries.TryGetValue(node, out string? name))
            {
                return name;
            }

            BackwardNames names = emitter._names;
            return node switch
            {
                RealConstant constant => vector + ".Create(" + ExpressionPrinter.Literal(constant.Type, constant.Value) + ")",
                RealLocal local => vector + ".Create(" + emitter._model.Locals[local.Id].Name + ")",
                ElementRead read => Read(references[names.ArrayName(read.Array)]),
                RealNegate negate => "(-" + Value(negate.Operand) + ")",
                RealBinary { Operator: RealOperator.Divide } binary when reciprocals.TryGetValue(binary.Right, out string? inverse) =>
                    "(" + Value(binary.Left) + " * " + inverse + ")",
                RealBinary binary => "(" + Value(binary.Left) + " " + ExpressionPrinter.Symbol(binary.Operator) + " " + Value(binary.Right) + ")",
                MathCall call when Wide => Halves(call.Function.ToString(), Value(call.Arguments[0])),
                MathCall call => Vector + "." + call.Function + "(" + Value(call.Arguments[0]) + ")",
                _ => throw new System.InvalidOperationException("Not a vector loop expression: " + node.GetType().Name),
            };
        }

        /// <summary>
        /// The lanes of a value of +, -, *, / and negation (BackwardRowEmitter.RecomputedWrites.cs), divided as the
        /// forward divides (<see cref="Value"/> multiplies by a kept reciprocal, which may differ in the last bit).
        /// </summary>
        private string ExactValue(RealExpr node) => node switch
        {
            RealNegate negate => "(-" + ExactValue(negate.Operand) + ")",
            RealBinary binary => "(" + ExactValue(binary.Left) + " " + ExpressionPrinter.Symbol(binary.Operator) + " " + ExactValue(binary.Right) + ")",
            _ => Value(node),
        };

        private void Into(RealExpr node, string seed)
        {
            BackwardNames names = emitter._names;
            switch (node)
            {
                case RealConstant:
                    return;
                case RealLocal local when emitter._maximumShift.AdjointIsZero(local.Id):
                    return; // a maximum the output does not depend on (ShiftInvariance)
                case RealLocal local:
                    laneAdjoints[local.Id].Add((sum, lanes) => sum + " += " + lanes + ";", Wide, seed);
                    return;
                case ElementRead read:
                    string adjoint = references[names.AdjointName(read.Array)];
                    Write(adjoint, _zero.Contains(adjoint) ? seed : Read(adjoint) + " + " + seed);
                    return;
                case RealNegate negate:
                    Child(negate.Operand, "-" + seed);
                    return;
                case RealBinary binary:
                    switch (binary.Operator)
                    {
                        case RealOperator.Add:
                            Child(binary.Left, seed);
                            Child(binary.Right, seed);
                            return;
                        case RealOperator.Subtract:
                            Child(binary.Left, seed);
                            Child(binary.Right, "-" + seed);
                            return;
                        case RealOperator.Multiply:
                            Child(binary.Left, seed + " * " + Value(binary.Right));
                            Child(binary.Right, seed + " * " + Value(binary.Left));
                            return;
                        default:
                            // q = a / b: ∂q/∂a = 1 / b, ∂q/∂b = -q / b.
                            string over = reciprocals.TryGetValue(binary.Right, out string? inverse) ? " * " + inverse : " / " + Value(binary.Right);
                            Child(binary.Left, seed + over);
                            if (binary.Right is RealLocal divisor && quotientLanes.TryGetValue(divisor.Id, out LaneSum? quotients))
                            {
                                string quotient = Value(binary);
                                quotients.Add((sum, lanes) => sum + " = " + Vector + ".MultiplyAddEstimate(" + lanes + ", " + sum + ");", Wide,
                                    seed, quotient);
                                return;
                            }

                            Child(binary.Right, "-" + seed + " * " + Value(binary) + over);
                            return;
                    }

                case MathCall { Function: MathFunction.Exp } call when emitter._maximumShift.IsNonPositive(call.Arguments[0]):
                    // exp(a[j] - max a) is at most 1 (or NaN), never +∞: g · exp needs no guard against 0 · ∞ (MaximumShift).
                    Child(call.Arguments[0], seed + " * " + Value(call));
                    return;
                case MathCall { Function: MathFunction.Exp } call:
                    // A zero adjoint stays zero where exp overflowed (0 · ∞ would be NaN), as in the scalar sweep.
                    Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " * " + Value(call)));
                    return;
                case MathCall call:
                    // Sqrt: likewise at its pole, √0 (seed / 0).
                    Child(call.Arguments[0], ZeroSeedStaysZero(seed, seed + " / (" + vector + ".Create(" + ExpressionPrinter.Literal(call.Type, 2) + ") * " + Value(call) + ")"));
                    return;
            }
        }

        /// <summary>The lanes of <paramref name="product"/>, 0 where the seed's lane is 0 (AdjointWriter's rule, lane by lane).</summary>
        private string ZeroSeedStaysZero(string seed, string product) =>
            vector + ".ConditionalSelect(" + vector + ".Equals(" + seed + ", " + Lanes + ".Zero), " + Lanes + ".Zero, " + product + ")";

        /// <summary>A Vector256 math function on each half of Vector512 lanes: the same bits as the Vector256 steps.</summary>
        private string Halves(string function, string operand)
        {
            string lanes = emitter._names.Temporary("wide");
            emitter._writer.Line("var " + lanes + " = " + operand + ";");
            return WideVector + ".Create(" + Vector + "." + function + "(" + WideVector + ".GetLower(" + lanes + ")), " + Vector + "." + function + "("
                + WideVector + ".GetUpper(" + lanes + ")))";
        }

        private void Child(RealExpr child, string seed)
        {
            if (child is RealConstant || (child is RealLocal local && emitter._maximumShift.AdjointIsZero(local.Id)))
            {
                return; // nothing to pass on (no dead temporary where a dropped maximum's adjoint would go)
            }

            string name = emitter._names.Temporary("g");
            emitter._writer.Line("var " + name + " = " + seed + ";");
            Into(child, name);
        }
    }

    /// <summary>True when the loop body reads local <paramref name="id"/> other than as the divisor of a quotient.</summary>
    private static bool ReadBesidesDivisor(EquatableArray<Statement> body, int id)
    {
        bool Reads(RealExpr expression) => expression switch
        {
            RealLocal local => local.Id == id,
            RealBinary { Operator: RealOperator.Divide, Right: RealLocal divisor } binary when divisor.Id == id => Reads(binary.Left),
            RealBinary binary => Reads(binary.Left) || Reads(binary.Right),
            RealNegate negate => Reads(negate.Operand),
            MathCall call => call.Arguments.Any(Reads),
            _ => false,
        };

        return body.Any(statement => Reads(statement is AssignElement element ? element.Value : VectorLoop.SummedTerm((AssignLocal)statement)!));
    }

    /// <summary>Divisors in the loop body that are constants or locals (a vector loop assigns no local it reads).</summary>
    private static List<RealExpr> InvariantDivisors(EquatableArray<Statement> body)
    {
        var divisors = new List<RealExpr>();
        void Visit(RealExpr expression)
        {
            switch (expression)
            {
                case RealBinary binary:
                    if (binary.Operator == RealOperator.Divide && binary.Right is RealLocal or RealConstant && !divisors.Contains(binary.Right))
                    {
                        divisors.Add(binary.Right);
                    }

                    Visit(binary.Left);
                    Visit(binary.Right);
                    break;
                case RealNegate negate:
                    Visit(negate.Operand);
                    break;
                case MathCall call:
                    Visit(call.Arguments[0]);
                    break;
            }
        }

        foreach (Statement statement in body)
        {
            Visit(statement is AssignElement element ? element.Value : VectorLoop.SummedTerm((AssignLocal)statement)!);
        }

        return divisors;
    }
}
