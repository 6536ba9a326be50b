// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System;
using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Reassigned integer locals: a local that is assigned after its declaration (<c>k++</c>, <c>k += s</c>,
/// <c>best = i</c> inside an if) or whose value reads one (or chooses by a condition on data) becomes an
/// <see cref="IntAssign"/>ed local read through <see cref="IntMutable"/>; the reverse sweep restores it
/// (<see cref="IntegerState"/>). <c>k++</c> inside an index (<c>y[k++] = v</c>) is the increment after the statement,
/// <c>++k</c> the increment before it. Statements lowered here may need statements before or after them (an
/// increment, an inlined helper's body): each statement is lowered in a <see cref="StatementContext"/> that collects them.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private readonly HashSet<ILocalSymbol> _reassignedInts = new(SymbolEqualityComparer.Default);
    private readonly HashSet<int> _mutableInts = [];

    // Integer locals never reassigned whose value is known at compile time (int n = x.Length;): buffer lengths,
    // slice bounds and table indices may read them.
    private readonly Dictionary<int, int> _constantInts = [];
    private StatementContext? _context;

    // > 0 while lowering what may not run (a ?: branch, the right operand of && or ||): nothing can be hoisted from it.
    private int _conditionalDepth;

    // True while lowering the value of an integer local's assignment: the only place an int may be chosen by data.
    private bool _intAssignmentValue;

    /// <summary>Statements that must run before (<see cref="Before"/>) or after (<see cref="After"/>) the statement being lowered.</summary>
    private sealed class StatementContext(bool allowsAfter)
    {
        public List<Statement> Before { get; } = [];

        /// <summary>Null where nothing can follow the statement's own evaluation (a loop or if header).</summary>
        public List<Statement>? After { get; } = allowsAfter ? [] : null;

        public List<ILocalSymbol> SteppedInExpression { get; } = [];
    }

    /// <summary>Lowers one statement with its own context: what it hoists goes before its statements, its post-increments after.</summary>
    private void LowerInContext(List<Statement> output, IOperation? statement, bool allowsAfter, Action<List<Statement>> lower)
    {
        StatementContext? saved = _context;
        var context = new StatementContext(allowsAfter);
        _context = context;
        var produced = new List<Statement>();
        try
        {
            lower(produced);
        }
        finally
        {
            _context = saved;
        }

        if (statement is not null)
        {
            CheckSteppedLocals(statement, context);
        }

        output.AddRange(context.Before);
        output.AddRange(produced);
        output.AddRange(context.After ?? []);
    }

    /// <summary>Records every int local assigned after its declaration in <paramref name="root"/> (ForwardRow's or a helper's body).</summary>
    private void ScanReassigned(IOperation root)
    {
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            IOperation? target = operation switch
            {
                ISimpleAssignmentOperation simple => simple.Target,
                ICompoundAssignmentOperation compound => compound.Target,
                IIncrementOrDecrementOperation step => step.Target,
                _ => null,
            };
            if (target is not null)
            {
                RecordWrittenField(target);
            }

            if (target is ILocalReferenceOperation reference && IsInteger(reference.Local.Type))
            {
                _reassignedInts.Add(reference.Local);
            }

            if (operation is IDeconstructionAssignmentOperation { Target: ITupleOperation tuple })
            {
                // (a, b) = (b, a + b): each element is assigned.
                foreach (IOperation element in tuple.Elements)
                {
                    RecordWrittenField(element);
                    if (element is ILocalReferenceOperation { IsDeclaration: false } local && IsInteger(local.Local.Type))
                    {
                        _reassignedInts.Add(local.Local);
                    }
                }
            }
        }
    }

    /// <summary>Declares an int local: an <see cref="IntLet"/> when it never changes and depends on no data, else a reassigned one.</summary>
    private void LowerIntDeclarator(ILocalSymbol local, IOperation? initializer, IOperation declarator, IOperation statement, List<Statement> output)
    {
        IntExpr? value = null;
        if (initializer is not null)
        {
            value = IntAssignmentValue(initializer);
            if (value is null)
            {
                return;
            }
        }
        else if (!_reassignedInts.Contains(local))
        {
            Report(RuleIdentifiers.UnsupportedIndex, declarator, "the integer local '" + local.Name + "' without an initialiser", Supported.Indices);
            return;
        }

        int id = _intInfos.Count;
        _intInfos.Add((local.Name, false));
        _intLocals[local] = id;
        _rejectedLocals.Remove(local);
        if (!_reassignedInts.Contains(local) && !IntegerState.ReadsMutable(value!))
        {
            if (ConstantValue(value!) is { } constant)
            {
                _constantInts[id] = constant;
            }

            output.Add(new IntLet(Text(statement.Syntax), id, value!));
            return;
        }

        _mutableInts.Add(id);
        if (value is not null)
        {
            output.Add(new IntAssign(Text(statement.Syntax), id, value, IsDeclaration: true));
        }
    }

    /// <summary>The compile-time value of <paramref name="expression"/> (constants, span lengths, constant integer locals), or null.</summary>
    private int? ConstantValue(IntExpr expression) => TapeSizer.EvaluateConstant(expression, LengthOf, _constantInts);

    /// <summary>A fresh reassigned int local (an inlined helper's result).</summary>
    private int NewMutableInt(string name)
    {
        int id = _intInfos.Count;
        _intInfos.Add((name, false));
        _mutableInts.Add(id);
        return id;
    }

    private IntExpr? IntAssignmentValue(IOperation value)
    {
        bool saved = _intAssignmentValue;
        _intAssignmentValue = true;
        try
        {
            return Int(value);
        }
        finally
        {
            _intAssignmentValue = saved;
        }
    }

    /// <summary><c>k = e</c>, <c>k op= e</c>, <c>k++</c> as a statement, for an int local that is no loop variable; false when the target is no int local.</summary>
    private bool TryLowerIntAssignment(IOperation operation, string source, List<Statement> output)
    {
        IOperation? target = operation switch
        {
            ISimpleAssignmentOperation simple => simple.Target,
            ICompoundAssignmentOperation compound => compound.Target,
            IIncrementOrDecrementOperation step => step.Target,
            _ => null,
        };
        if (target is not ILocalReferenceOperation reference || !IsInteger(reference.Local.Type) || !_intLocals.TryGetValue(reference.Local, out int id))
        {
            return false;
        }

        if (_loopVariables.Contains(id))
        {
            Report(RuleIdentifiers.UnsupportedLoop, target, "assigning the loop variable '" + reference.Local.Name + "'", Supported.Loops);
            return true;
        }

        if (!_mutableInts.Contains(id))
        {
            // Declared before the scan saw this assignment (cannot happen for ForwardRow's own locals): say so rather than guess.
            Report(RuleIdentifiers.UnsupportedIndex, target, "assigning the integer local '" + reference.Local.Name + "' here", Supported.Indices);
            return true;
        }

        var self = new IntMutable(id);
        IntExpr? value = operation switch
        {
            ISimpleAssignmentOperation simple => IntAssignmentValue(simple.Value),
            ICompoundAssignmentOperation compound when IntOperatorOf(compound.OperatorKind) is { } op && compound.OperatorMethod is null =>
                IntAssignmentValue(compound.Value) is { } operand ? new IntBinary(op, self, operand) : null,
            IIncrementOrDecrementOperation step => new IntBinary(step.Kind == OperationKind.Increment ? IntOperator.Add : IntOperator.Subtract, self, new IntConstant(1)),
            _ => null,
        };
        if (value is null && operation is ICompoundAssignmentOperation { OperatorMethod: null } unsupported && IntOperatorOf(unsupported.OperatorKind) is null)
        {
            Report(RuleIdentifiers.UnsupportedIndex, operation, "the operator in '" + source + "'", Supported.Indices);
        }

        if (value is not null)
        {
            output.Add(new IntAssign(source, id, value, IsDeclaration: false));
        }

        return true;
    }

    /// <summary><c>k++</c>, <c>++k</c>, <c>k--</c>, <c>--k</c> inside an expression (an index): the increment after or before the statement.</summary>
    private IntExpr? SteppedIndex(IIncrementOrDecrementOperation step, ILocalReferenceOperation reference, int id)
    {
        if (_context?.After is null || _conditionalDepth > 0)
        {
            Report(RuleIdentifiers.UnsupportedIndex, step, "'" + Text(step.Syntax) + "' inside " + (_conditionalDepth > 0 ? "a branch of ?:, && or ||" : "a loop or if header"),
                "write '" + reference.Local.Name + (step.Kind == OperationKind.Increment ? "++" : "--") + ";' as its own statement");
            return null;
        }

        var self = new IntMutable(id);
        var update = new IntAssign(Text(step.Syntax), id, new IntBinary(step.Kind == OperationKind.Increment ? IntOperator.Add : IntOperator.Subtract, self, new IntConstant(1)), IsDeclaration: false);
        (step.IsPostfix ? _context.After : _context.Before).Add(update);
        _context.SteppedInExpression.Add(reference.Local);
        return self;
    }

    /// <summary>An int local stepped inside an expression must be read nowhere else in that statement (C# would read the new value there).</summary>
    private void CheckSteppedLocals(IOperation statement, StatementContext context)
    {
        foreach (ILocalSymbol local in context.SteppedInExpression.Distinct<ILocalSymbol>(SymbolEqualityComparer.Default))
        {
            int uses = statement.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Count(r => SymbolEqualityComparer.Default.Equals(r.Local, local));
            if (uses > 1)
            {
                Report(RuleIdentifiers.UnsupportedIndex, statement, "the statement '" + Text(statement.Syntax) + "', which changes '" + local.Name + "' inside an expression and reads it again",
                    "write '" + local.Name + "++;' as its own statement before or after");
            }
        }
    }

    /// <summary><c>c ? a : b</c> of integers; a condition on data only as the value of an integer local's assignment.</summary>
    private IntExpr? IntChoice(IConditionalOperation ternary)
    {
        if (ternary.WhenFalse is { } otherwise && (NeedsGuardedHoisting(ternary.WhenTrue) || NeedsGuardedHoisting(otherwise)))
        {
            return HoistedChoice(Text(ternary.Syntax), [Condition(ternary.Condition)], [() => Int(ternary.WhenTrue), () => Int(otherwise)], null) as IntExpr;
        }

        Condition? condition = Condition(ternary.Condition);
        _conditionalDepth++;
        IntExpr? whenTrue, whenFalse;
        try
        {
            whenTrue = Int(ternary.WhenTrue);
            whenFalse = ternary.WhenFalse is null ? null : Int(ternary.WhenFalse);
        }
        finally
        {
            _conditionalDepth--;
        }

        if (condition is null || whenTrue is null || whenFalse is null)
        {
            return null;
        }

        // Evaluated where it is used, also in the reverse sweep, where integers hold their forward values but reals
        // only those the sweep reads: a condition on reals is evaluated once, in an integer local's assignment.
        if (!_intAssignmentValue && !TapePolicy.IsIntegerOnly(condition))
        {
            Report(RuleIdentifiers.UnsupportedIndex, ternary, "the integer expression '" + Text(ternary.Syntax) + "', chosen by a condition on data",
                "assign it to an integer local first ('int best = x[i] > x[j] ? i : j;') and use that local");
            return null;
        }

        return new IntChoose(condition, whenTrue, whenFalse);
    }

    /// <summary>
    /// <c>(int)t</c> of a real: an index from data (a lookup table's segment). Only as the value of an integer local's
    /// assignment, which the forward pass alone evaluates; its derivative is zero.
    /// </summary>
    private IntExpr? IntFromData(IConversionOperation conversion)
    {
        if (!_intAssignmentValue && !ReadsNoData(conversion.Operand))
        {
            Report(RuleIdentifiers.UnsupportedIndex, conversion, "the conversion from data '" + Text(conversion.Syntax) + "'",
                "assign it to an integer local first ('int k = (int)t;') and index with that local");
            return null;
        }

        // (int)Math.Log(d / 4.0) of integers alone is index arithmetic (IntegerState.IsIndexOnly): allowed anywhere.
        if (Real(conversion.Operand) is not { } value)
        {
            return null;
        }

        if (!_intAssignmentValue && !IntegerState.IsIndexOnly(value))
        {
            Report(RuleIdentifiers.UnsupportedIndex, conversion, "the conversion from data '" + Text(conversion.Syntax) + "'",
                "assign it to an integer local first ('int k = (int)t;') and index with that local");
            return null;
        }

        return new IntFromReal(value);
    }

    /// <summary>
    /// True when <paramref name="operation"/> reads no data: only constants, integer locals and parameters, span
    /// lengths and static Math/MathF calls (checked before lowering, so a conversion from data is reported once).
    /// </summary>
    private static bool ReadsNoData(IOperation operation) => operation.DescendantsAndSelf().All(o => o switch
    {
        _ when o.ConstantValue.HasValue => true,
        ILocalReferenceOperation local => IsInteger(local.Type) || IsLengthInstance(local),
        IParameterReferenceOperation parameter => IsInteger(parameter.Type) || IsLengthInstance(parameter),
        IInvocationOperation call => call.TargetMethod.IsStatic && call.TargetMethod.ContainingType?.ToDisplayString() is "System.Math" or "System.MathF" or "float" or "double",
        IPropertyReferenceOperation property => property.Property is { Name: "Length", IsIndexer: false },
        IFieldReferenceOperation field => field.ConstantValue.HasValue || field.Field.IsConst,
        IArrayElementReferenceOperation or IImplicitIndexerReferenceOperation or IConditionalOperation { Type.SpecialType: not SpecialType.System_Int32 } => false,
        _ => true,
    });

    private static bool IsLengthInstance(IOperation operation) =>
        operation.Parent is IPropertyReferenceOperation { Property: { Name: "Length", IsIndexer: false } };

    /// <summary>True for <c>Math.Max</c>, <c>Math.Min</c>, <c>Math.Clamp</c> and <c>Math.Abs</c> of ints.</summary>
    private static bool IsIntegerMath(IInvocationOperation invocation) =>
        invocation.TargetMethod is { IsStatic: true } method && method.ContainingType?.ToDisplayString() is "System.Math" or "int" &&
        (method.Name, method.Parameters.Length) is ("Max", 2) or ("Min", 2) or ("Clamp", 3) or ("Abs", 1) &&
        method.Parameters.All(p => IsInteger(p.Type));

    /// <summary>
    /// <c>Math.Max(a, b)</c>, <c>Min</c>, <c>Clamp(v, lo, hi)</c> and <c>Abs</c> of ints as integer choices
    /// (<c>a &gt;= b ? a : b</c>…): index arithmetic when their operands are (window bounds clamped to the row), chosen by
    /// data only where an integer may be (<see cref="IntChoice"/>).
    /// </summary>
    private IntExpr? IntegerMath(IInvocationOperation invocation)
    {
        var arguments = new List<IntExpr>(invocation.Arguments.Length);
        bool failed = false;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            // Every argument is lowered (each reports its own problem once).
            if (Int(argument.Value) is { } value)
            {
                arguments.Add(value);
            }
            else
            {
                failed = true;
            }
        }

        if (failed)
        {
            return null;
        }

        static IntExpr Pick(CompareOperator op, IntExpr left, IntExpr right) => new IntChoose(new IntCompare(op, left, right), left, right);
        return invocation.TargetMethod.Name switch
        {
            "Max" => Pick(CompareOperator.GreaterOrEqual, arguments[0], arguments[1]),
            "Min" => Pick(CompareOperator.LessOrEqual, arguments[0], arguments[1]),
            "Abs" => new IntChoose(new IntCompare(CompareOperator.GreaterOrEqual, arguments[0], new IntConstant(0)), arguments[0], new IntNegate(arguments[0])),

            // Clamp(v, lo, hi) = v < lo ? lo : (v > hi ? hi : v)
            _ => new IntChoose(new IntCompare(CompareOperator.Less, arguments[0], arguments[1]), arguments[1],
                new IntChoose(new IntCompare(CompareOperator.Greater, arguments[0], arguments[2]), arguments[2], arguments[0])),
        };
    }

    /// <summary>A loop's start and bound must not read an int its body assigns: they are evaluated again when the loop is reversed.</summary>
    private void CheckLoopBounds(ForLoop loop, IOperation at)
    {
        var assigned = new HashSet<int>();
        IntegerState.Collect(loop.Body, assigned);
        foreach (int id in assigned)
        {
            if (IntegerState.Reads(loop.Start, id) || IntegerState.Reads(loop.Bound, id))
            {
                Report(RuleIdentifiers.UnsupportedLoop, at, "the loop '" + loop.Source + "', whose bounds read '" + _intInfos[id].Name + "', which its body assigns",
                    "bounds must be known when the loop starts; " + Supported.Loops);
                return;
            }
        }
    }
}
