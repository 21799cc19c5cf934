<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The database could not be reached. ({detail})</source>
        <translation>无法连接数据库。（{detail}）</translation>
    </message>
    <message>
        <source>A file could not be written{where}: {detail}</source>
        <translation>无法写入文件{where}：{detail}</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}. It is written to Desk&apos;s log.</source>
        <translation>出现错误：{detail}。详情已写入 Desk 日志。</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept the handover</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>Accept and take over</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <source>{who} handed over {float} as the float. Read the handover, sign in with your own account, recount the float and accept: {clerk}&apos;s shift then closes and yours opens with the float you counted.</source>
        <translation>{who} 交出备用金 {float}。请阅读交班内容，用您自己的账号登录，重新清点备用金后确认接班：{clerk} 的班次随即结束，您的班次以您清点的备用金开班。</translation>
    </message>
    <message>
        <source>Incoming clerk</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>needed when your count differs from the float handed over</source>
        <translation>清点金额与交接的备用金不符时必填</translation>
    </message>
    <message>
        <source>Recount the float</source>
        <translation>重新清点备用金</translation>
    </message>
    <message>
        <source>Handed over: {amount}</source>
        <translation>交接金额：{amount}</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Count the float</source>
        <translation>请清点备用金</translation>
    </message>
    <message>
        <source>Against the float handed over: {words}</source>
        <translation>与交接的备用金相比：{words}</translation>
    </message>
</context>
<context>
    <name>ActionEntryDialog</name>
    <message>
        <source>Add an action</source>
        <translation>添加处理记录</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>记入处理记录</translation>
    </message>
    <message>
        <source>What was done or said</source>
        <translation>处理或沟通内容</translation>
    </message>
    <message>
        <source>e.g. the manager calls back by 18:00</source>
        <translation>例如：经理 18:00 前回电</translation>
    </message>
    <message>
        <source>The guest was told at</source>
        <translation>告知客人时间</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>The first time the guest is told is the complaint&apos;s first reply.</source>
        <translation>第一次告知客人的时间即为该投诉的首次回复时间。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a handler</source>
        <translation>指定处理人</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>{person} (the complaint is about them)</source>
        <translation>{person}（被投诉人）</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
</context>
<context>
    <name>AssignRoomDialog</name>
    <message>
        <source>Assign a room</source>
        <translation>分配房间</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}), {type}, {arrival} to {departure}. Free rooms, ready ones first:</source>
        <translation>{guest}（{confirmation}），{type}，{arrival} 至 {departure}。可用房间（已就绪的在前）：</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <comment>the room&apos;s cleaning state</comment>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Show rooms of other types (a change of room type)</source>
        <translation>显示其他房型的房间（需更改房型）</translation>
    </message>
    <message>
        <source>No room of this type is free for all these nights.</source>
        <translation>此房型在这几晚没有全程空闲的房间。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>words in the entry, a room or reservation number…</source>
        <translation>记录中的文字、房号或预订号…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>营业日期</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Search again, with what was done since (F5)</source>
        <translation>重新搜索，包括此后的操作（F5）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose an entry to see it in full.</source>
        <translation>选择一条记录即可查看完整内容。</translation>
    </message>
    <message>
        <source>No. {number} · {time} · business date {date} · {user} at {workstation} · {action} · {record}
{what}</source>
        <translation>编号 {number} · {time} · 营业日期 {date} · {user}（{workstation}）· {action} · {record}
{what}</translation>
    </message>
    <message>
        <source>Audit trail exports</source>
        <translation>操作日志导出</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Folio postings</source>
        <translation>账单入账</translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation>客人资料</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Housekeeping report</source>
        <translation>客房部房态报告</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Room status</source>
        <translation>房态</translation>
    </message>
    <message>
        <source>Hotel rules</source>
        <translation>酒店规则</translation>
    </message>
    <message>
        <source>Cashier shifts</source>
        <translation>收银班次</translation>
    </message>
    <message>
        <source>Check-in and check-out</source>
        <translation>入住与结账</translation>
    </message>
    <message>
        <source>Users and log-ins</source>
        <translation>用户与登录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All workstations</source>
        <translation>全部工作站</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Entries: the newest {count}; narrow the filters to see older ones.</source>
        <translation>记录：最新的 {count} 条；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>记录：{count} 条</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation>无法将工作簿写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}</source>
        <translation>已导出 {count} 条记录到 {path}</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>营业日期</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <source>All types</source>
        <translation>全部房型</translation>
    </message>
    <message>
        <source>{rooms} rooms − {ooo} out of order − {reserved} reserved − {in_house} in house = {free} free</source>
        <translation>{rooms} 间 − {ooo} 间维修房 − {reserved} 间已预订 − {in_house} 间在住 = {free} 间可售</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n 晚</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Rooms free per night</source>
        <translation>每晚可售房数</translation>
    </message>
    <message>
        <source>Double-click a cell to book that room type from that night.</source>
        <translation>双击单元格即可从该晚起预订该房型。</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Set out of order</source>
        <translation>设为维修房</translation>
    </message>
    <message>
        <source>Set out of service</source>
        <translation>设为停用房</translation>
    </message>
    <message>
        <source>Rooms: {rooms}</source>
        <translation>房间：{rooms}</translation>
    </message>
    <message>
        <source>The selected rooms are removed from sale until the return date.</source>
        <translation>所选房间在恢复日期之前停止销售。</translation>
    </message>
    <message>
        <source>The selected rooms stay sellable; the problem shows on the board.</source>
        <translation>所选房间仍可销售；问题会显示在房态图上。</translation>
    </message>
    <message>
        <source>e.g. air conditioner leaking</source>
        <translation>例如：空调漏水</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>恢复日期</translation>
    </message>
    <message>
        <source>Returns as</source>
        <translation>恢复后状态</translation>
    </message>
</context>
<context>
    <name>BookingForm</name>
    <message>
        <source>children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Booked by someone else</source>
        <translation>代他人预订</translation>
    </message>
    <message>
        <source>Book the room type only, without this room</source>
        <translation>只预订房型，不指定此房间</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Clear the form for a new booking (Ctrl+N)</source>
        <translation>清空表单以新建预订（Ctrl+N）</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate per night</source>
        <translation>每晚房价</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Booker&apos;s name</source>
        <translation>预订人姓名</translation>
    </message>
    <message>
        <source>Booker&apos;s phone</source>
        <translation>预订人电话</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>预订渠道</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New reservation</source>
        <translation>新预订</translation>
    </message>
    <message>
        <source>{room} (chosen on the room plan)</source>
        <translation>{room}（在排房图上选定）</translation>
    </message>
    <message>
        <source>Reservation {confirmation}</source>
        <translation>预订 {confirmation}</translation>
    </message>
    <message>
        <source> · room {room}</source>
        <translation> · {room} 房</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Returning guest {name}: {reservations} reservations, {stays} stays</source>
        <translation>回头客 {name}：{reservations} 次预订，{stays} 次入住</translation>
    </message>
    <message>
        <source>; {cancelled} cancelled, {no_shows} no-show</source>
        <translation>；{cancelled} 次取消，{no_shows} 次未到</translation>
    </message>
    <message>
        <source>departs {date}</source>
        <translation>{date} 离店</translation>
    </message>
    <message>
        <source>Held until {time} on the arrival day, then released.</source>
        <translation>保留至抵店当天 {time}，之后释放。</translation>
    </message>
    <message>
        <source>Guaranteed: held all night; a no-show is charged.</source>
        <translation>担保预订：整晚保留；未到将收取费用。</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <source>Notes and coins</source>
        <translation>按面额清点</translation>
    </message>
    <message>
        <source>As a total</source>
        <translation>按总额</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>清点合计：{amount}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Password of {user}</source>
        <translation>{user} 的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Post a charge</source>
        <translation>挂账消费</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>入账</translation>
    </message>
    <message>
        <source>Room {stay}. A discount is a credit; a correction may be negative.</source>
        <translation>{stay} 房。折扣记为减项；调整可以为负数。</translation>
    </message>
    <message>
        <source>e.g. 2 beers, 1 water</source>
        <translation>例如：啤酒 2 瓶、水 1 瓶</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>散客入住</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>everyone else in the room, one name a line</source>
        <translation>同住的其他人，每行一个姓名</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同住人</translation>
    </message>
    <message>
        <source>Room and stay</source>
        <translation>房间与住店</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>住店类型</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate per night</source>
        <translation>每晚房价</translation>
    </message>
    <message>
        <source>slip or transaction number</source>
        <translation>签购单或交易号</translation>
    </message>
    <message>
        <source>No deposit: complimentary and house-use stays have none.</source>
        <translation>不收押金：免费房和自用房无需押金。</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Walk-in guest</source>
        <translation>散客入住</translation>
    </message>
    <message>
        <source>Copy the name and number from the guest&apos;s document; everyone in the room is registered.</source>
        <translation>请照客人证件抄录姓名和号码；同住的每个人都要登记。</translation>
    </message>
    <message>
        <source>Check in {guest}</source>
        <translation>为 {guest} 办理入住</translation>
    </message>
    <message>
        <source>Reservation {confirmation} · {type} · {arrival} to {departure} · {nights} · {guarantee}</source>
        <translation>预订 {confirmation} · {type} · {arrival} 至 {departure} · {nights} · {guarantee}</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n 晚</numerusform>
        </translation>
    </message>
    <message>
        <source>{nights}, departs {date}, as booked</source>
        <translation>{nights}，{date} 离店（按预订）</translation>
    </message>
    <message>
        <source>leaves today, {date}</source>
        <translation>今天 {date} 离店</translation>
    </message>
    <message>
        <source>departs {date}</source>
        <translation>{date} 离店</translation>
    </message>
    <message>
        <source>no charge</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>{rate} per night, as booked</source>
        <translation>每晚 {rate}（按预订）</translation>
    </message>
    <message>
        <source>Returning guest: {name}, {document} {id}, {nationality}. Check the number against the document.</source>
        <translation>回头客：{name}，{document} {id}，{nationality}。请对照证件核对号码。</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>{guest}, room {room}: arrived {arrival}, due out {departure}.</source>
        <translation>{guest}，{room} 房：{arrival} 抵店，预离 {departure}。</translation>
    </message>
    <message>
        <source>Leaving early: the nights from today are freed for sale.</source>
        <translation>提前退房：从今天起的房晚重新开放销售。</translation>
    </message>
    <message>
        <source>Check out room {room}</source>
        <translation>{room} 房结账</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>消费合计</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>押金已抵扣</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>押金余额</translation>
    </message>
    <message>
        <source>Deposit applied to the bill</source>
        <translation>押金抵扣账单</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>Still due after the deposit</source>
        <translation>扣除押金后应收</translation>
    </message>
    <message>
        <source>slip, transaction or receipt number</source>
        <translation>签购单、交易号或收据号</translation>
    </message>
    <message>
        <source>Final payment</source>
        <translation>结账收款</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>{amount} would still be owed: take it as the final payment.</source>
        <translation>仍欠 {amount}：请在结账时收取。</translation>
    </message>
    <message>
        <source>The guest is {amount} in credit: refund it first (Refund…), then check out.</source>
        <translation>客人多付 {amount}：请先退款（退款…），再结账。</translation>
    </message>
    <message>
        <source>That is {amount} more than the bill.</source>
        <translation>比账单多了 {amount}。</translation>
    </message>
    <message>
        <source>The bill comes to zero: the guest can check out.</source>
        <translation>账单已结平：可以结账离店。</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Where it is fixed</source>
        <translation>处理位置</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what}（{count}）</translation>
    </message>
    <message>
        <source>will be charged</source>
        <translation>将收取费用</translation>
    </message>
    <message>
        <source>Click to open it in {tab}</source>
        <translation>单击可在“{tab}”中打开</translation>
    </message>
</context>
<context>
    <name>CloseEntryDialog</name>
    <message>
        <source>Close a duty-log entry</source>
        <translation>关闭值班日志记录</translation>
    </message>
    <message>
        <source>Close entry</source>
        <translation>关闭记录</translation>
    </message>
    <message>
        <source>e.g. engineer replaced the card reader</source>
        <translation>例如：工程部已更换读卡器</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>CompensationDialog</name>
    <message>
        <source>A clerk grants up to {limit} per complaint ({given} granted or waiting now); above that it waits for a manager&apos;s approval.</source>
        <translation>前台每宗投诉最多可给予 {limit} 的补偿（目前已给予或待批 {given}）；超出部分须经理批准。</translation>
    </message>
    <message>
        <source>A discount, refund or free night is credited to the guest&apos;s folio.</source>
        <translation>折扣、退款或免一晚房费将冲减客人账单。</translation>
    </message>
    <message>
        <source>The complaint is linked to no stay in house: money is given by other means.</source>
        <translation>该投诉未关联在住记录：款项须通过其他方式给予。</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>给予</translation>
    </message>
    <message>
        <source>e.g. one night at the Deluxe rate</source>
        <translation>例如：按豪华房价免一晚</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What is given</source>
        <translation>补偿内容</translation>
    </message>
</context>
<context>
    <name>ComplaintActions</name>
    <message>
        <source>Complaint report saved: {path}</source>
        <translation>投诉报表已保存：{path}</translation>
    </message>
    <message>
        <source>The report could not be written: {reason}</source>
        <translation>无法写入报表：{reason}</translation>
    </message>
    <message>
        <source>Complaint {number} logged; due {due}.</source>
        <translation>投诉 {number} 已登记；截止时间 {due}。</translation>
    </message>
    <message>
        <source>First reply by {due}.</source>
        <translation>须在 {due} 前首次回复。</translation>
    </message>
    <message>
        <source>It is major: the manager is alerted and the written report is due {due}.</source>
        <translation>此为重大投诉：已通知经理，书面报告须在 {due} 前提交。</translation>
    </message>
    <message>
        <source>It goes to the manager at once.</source>
        <translation>已立即转交经理。</translation>
    </message>
    <message>
        <source>Resolved on the spot.</source>
        <translation>已当场解决。</translation>
    </message>
    <message>
        <source>{name} handles complaint {number}.</source>
        <translation>投诉 {number} 由 {name} 处理。</translation>
    </message>
    <message>
        <source>Action added to complaint {number}.</source>
        <translation>已为投诉 {number} 添加处理记录。</translation>
    </message>
    <message>
        <source>Resolve the complaint</source>
        <translation>解决投诉</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>{number}: what was done, as the guest was told it. Call the guest back afterwards.</source>
        <translation>{number}：按告知客人的内容填写处理结果。之后请回访客人。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Complaint {number} resolved. Call the guest back, then close it.</source>
        <translation>投诉 {number} 已解决。请回访客人，然后关闭投诉。</translation>
    </message>
    <message>
        <source>The guest is not satisfied ({score} of 5): complaint {number} is reopened, due {due}.</source>
        <translation>客人不满意（{score}/5）：投诉 {number} 已重新打开，截止时间 {due}。</translation>
    </message>
    <message>
        <source>Follow-up recorded: satisfaction {score} of 5. Complaint {number} can be closed now.</source>
        <translation>已记录回访：满意度 {score}/5。现在可以关闭投诉 {number}。</translation>
    </message>
    <message>
        <source>Follow-up recorded: the guest could not be reached. Call again, or close the complaint saying why no follow-up is possible.</source>
        <translation>已记录回访：未能联系上客人。请再次致电，或注明无法回访的原因后关闭投诉。</translation>
    </message>
    <message>
        <source>Close without a follow-up</source>
        <translation>不回访直接关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{number} has no follow-up call with the guest reached since it was resolved. Say why none is possible.</source>
        <translation>{number} 解决后尚未成功回访客人。请说明无法回访的原因。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. no answer three times; the guest asked not to be called</source>
        <translation>例如：三次无人接听；客人要求不要来电</translation>
    </message>
    <message>
        <source>Complaint {number} closed.</source>
        <translation>投诉 {number} 已关闭。</translation>
    </message>
    <message>
        <source>Reopen the complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>{number} is {status}. Its deadline runs again from now.</source>
        <translation>{number} 当前为{status}。处理时限从现在起重新计算。</translation>
    </message>
    <message>
        <source>e.g. the guest called again</source>
        <translation>例如：客人再次来电</translation>
    </message>
    <message>
        <source>Complaint {number} reopened; due {due}.</source>
        <translation>投诉 {number} 已重新打开；截止时间 {due}。</translation>
    </message>
    <message>
        <source>Mark as major</source>
        <translation>标为重大投诉</translation>
    </message>
    <message>
        <source>Mark major</source>
        <translation>标为重大</translation>
    </message>
    <message>
        <source>The manager is alerted, and a written report is due within 24 hours.</source>
        <translation>将通知经理，并须在 24 小时内提交书面报告。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. a VIP, a group leader</source>
        <translation>例如：VIP 客人、团队领队</translation>
    </message>
    <message>
        <source>Complaint {number} is major: the manager is alerted; the written report is due {due}.</source>
        <translation>投诉 {number} 为重大投诉：已通知经理；书面报告须在 {due} 前提交。</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>书面报告</translation>
    </message>
    <message>
        <source>Attach report</source>
        <translation>提交报告</translation>
    </message>
    <message>
        <source>{number} is major: the report is due {due}. It is attached once; what follows goes into the log.</source>
        <translation>{number} 为重大投诉：报告须在 {due} 前提交。报告只能提交一次，后续情况请记入处理记录。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>What happened, who was involved, what was done, what follows</source>
        <translation>经过、涉及人员、处理措施、后续安排</translation>
    </message>
    <message>
        <source>Written report attached to complaint {number}.</source>
        <translation>已为投诉 {number} 提交书面报告。</translation>
    </message>
    <message>
        <source>Compensation for {number} credited to room {room}&apos;s folio.</source>
        <translation>{number} 的补偿已记入 {room} 房账单。</translation>
    </message>
    <message>
        <source>Compensation for {number} refused.</source>
        <translation>{number} 的补偿已被拒绝。</translation>
    </message>
    <message>
        <source>Compensation for {number}: {state}.</source>
        <translation>{number} 的补偿：{state}。</translation>
    </message>
    <message>
        <source>Approve compensation</source>
        <translation>批准补偿</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Refuse compensation</source>
        <translation>拒绝补偿</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Writing the complaint report ({count} complaints)…</source>
        <translation>正在生成投诉报表（{count} 宗投诉）…</translation>
    </message>
</context>
<context>
    <name>ComplaintAlertBar</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>知悉</translation>
    </message>
    <message>
        <source>You have seen it: the alert goes, the complaint stays open.</source>
        <translation>表示您已看到：提醒消失，投诉仍为未结。</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>另有 %n 条待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Major {level}, escalated to the manager</source>
        <translation>重大{level}，已上报经理</translation>
    </message>
    <message>
        <source>Major {level}</source>
        <translation>重大{level}</translation>
    </message>
    <message>
        <source>{level} escalated to the manager</source>
        <translation>{level}已上报经理</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>written report due {due}</source>
        <translation>书面报告截止 {due}</translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>{level} · MAJOR</source>
        <translation>{level} · 重大</translation>
    </message>
    <message>
        <source>OVERDUE {due}</source>
        <translation>逾期 {due}</translation>
    </message>
</context>
<context>
    <name>ComplaintPanel</name>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Staff it is about</source>
        <translation>被投诉员工</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>客人诉求</translation>
    </message>
    <message>
        <source>Major because</source>
        <translation>重大原因</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Assign handler…</source>
        <translation>指定处理人…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>添加处理记录…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Follow-up call…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Mark major…</source>
        <translation>标为重大…</translation>
    </message>
    <message>
        <source>Written report…</source>
        <translation>书面报告…</translation>
    </message>
    <message>
        <source>Compensation…</source>
        <translation>补偿…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>书面报告</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Follow-up and closing</source>
        <translation>回访与关闭</translation>
    </message>
    <message>
        <source>No complaint chosen</source>
        <translation>未选择投诉</translation>
    </message>
    <message>
        <source>Choose a complaint in the list, or log a new one (Ctrl+N).</source>
        <translation>请在列表中选择投诉，或登记新投诉（Ctrl+N）。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>MAJOR</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>ESCALATED</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>guest {name}</source>
        <translation>客人 {name}</translation>
    </message>
    <message>
        <source> (stay linked)</source>
        <translation>（已关联住店记录）</translation>
    </message>
    <message>
        <source>claims {amount}</source>
        <translation>索赔 {amount}</translation>
    </message>
    <message>
        <source>Threatens the press or a lawsuit.</source>
        <translation>扬言找媒体或起诉。</translation>
    </message>
    <message>
        <source>earlier: {number}</source>
        <translation>此前：{number}</translation>
    </message>
    <message>
        <source>not major</source>
        <translation>非重大</translation>
    </message>
    <message>
        <source>none: handled on the spot</source>
        <translation>无：当场处理</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>截止 {due}</translation>
    </message>
    <message>
        <source>first reply {at}</source>
        <translation>{at} 已回复</translation>
    </message>
    <message>
        <source>closed {at}</source>
        <translation>{at} 已关闭</translation>
    </message>
    <message>
        <source>resolved {at}</source>
        <translation>{at} 已解决</translation>
    </message>
    <message>
        <source>written {at}</source>
        <translation>{at} 已提交</translation>
    </message>
    <message>
        <source>Handler: {name}</source>
        <translation>处理人：{name}</translation>
    </message>
    <message>
        <source>No handler yet.</source>
        <translation>尚未指定处理人。</translation>
    </message>
    <message>
        <source>Promised: {promise}</source>
        <translation>承诺：{promise}</translation>
    </message>
    <message>
        <source>guest told {at}</source>
        <translation>{at} 已告知客人</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>{name}, {at}</source>
        <translation>{name}，{at}</translation>
    </message>
    <message>
        <source>None given or asked for.</source>
        <translation>未给予，也未要求。</translation>
    </message>
    <message>
        <source>Not written yet; due {due}.</source>
        <translation>尚未提交；截止 {due}。</translation>
    </message>
    <message>
        <source>Resolution, {at}</source>
        <translation>处理结果，{at}</translation>
    </message>
    <message>
        <source>Earlier resolution, {at}</source>
        <translation>此前的处理结果，{at}</translation>
    </message>
    <message>
        <source>satisfaction {score} of 5</source>
        <translation>满意度 {score}/5</translation>
    </message>
    <message>
        <source>could not reach the guest</source>
        <translation>未能联系上客人</translation>
    </message>
    <message>
        <source>Reopened {at}.</source>
        <translation>{at} 重新打开。</translation>
    </message>
    <message>
        <source>Closed {at}</source>
        <translation>{at} 关闭</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>尚未解决。</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Log complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Weekly report…</source>
        <translation>周报…</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>月报…</translation>
    </message>
    <message>
        <source>Number, name, phone, room or words (Ctrl+F)</source>
        <translation>编号、姓名、电话、房号或关键词（Ctrl+F）</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>全部房间</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>No complaint matches these filters.</source>
        <translation>没有符合筛选条件的投诉。</translation>
    </message>
    <message>
        <source>Open: {count}</source>
        <translation>未结：{count}</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>逾期：{count}</translation>
    </message>
    <message>
        <source>Major: {count}</source>
        <translation>重大：{count}</translation>
    </message>
    <message>
        <source>Compensation waiting for a manager: {count}</source>
        <translation>待经理审批的补偿：{count}</translation>
    </message>
</context>
<context>
    <name>DateHeader</name>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Reason for closing with items open</source>
        <translation>有未结事项仍日结的原因</translation>
    </message>
    <message>
        <source>Save the workbooks in</source>
        <translation>报表保存位置</translation>
    </message>
    <message>
        <source>Occupancy workbook</source>
        <translation>出租率报表</translation>
    </message>
    <message>
        <source>Settlement workbook</source>
        <translation>结算报表</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The day&apos;s figures, as frozen</source>
        <translation>当日数据（已冻结）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Close the business day {date}</source>
        <translation>营业日 {date} 日结</translation>
    </message>
    <message>
        <source>Closing posts one room charge per guest in house tonight, charges the guaranteed no-shows, marks occupied rooms dirty for service, freezes the day&apos;s figures, writes the occupancy and settlement workbooks and a backup, and moves the business date on to {next}. A closed day is never changed; corrections go into the next day.</source>
        <translation>日结将为今晚每间在住客房入账一晚房费，向担保未到的预订收取房费，将住客房标为脏房待清扫，冻结当日数据，生成出租率报表、结算报表和备份，并把营业日期推进到 {next}。已日结的营业日不再更改；如需更正，记入下一天。</translation>
    </message>
    <message>
        <source>The day as it will close</source>
        <translation>日结时的当日数据</translation>
    </message>
    <message>
        <source>With tonight&apos;s room charges and the no-show charges the close will post.</source>
        <translation>已计入日结将入账的今晚房费和未到客人费用。</translation>
    </message>
    <message>
        <source>{date} is closed (the business date is now {current}). “Write the files” writes its workbooks and backup again.</source>
        <translation>{date} 已日结（当前营业日期为 {current}）。“写入文件”会重新生成当日的工作簿和备份。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still open. Click one to go where it is fixed, or give the reason for closing anyway.</source>
        <translation>
            <numerusform>还有 %n 项未结。单击某项可转到处理位置，或填写原因后仍然日结。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left open.</source>
        <translation>没有未结事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n guaranteed no-show(s) will be charged one night.</source>
        <translation>
            <numerusform>%n 个担保未到的预订将收取一晚房费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Required: %n item(s) are open. The reason is recorded with the day.</source>
        <translation>
            <numerusform>必填：有 %n 项未结。原因将随当日一并记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. guest in 303 extends tomorrow morning; shift closes at 23:30</source>
        <translation>例如：303 房客人明早续住；本班 23:30 结束</translation>
    </message>
    <message>
        <source>Not needed: nothing is open.</source>
        <translation>无需填写：没有未结事项。</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>生成文件</translation>
    </message>
    <message>
        <source>{date} is closed, but its files were not all written: {why} Press “Write the files” to write them again.</source>
        <translation>{date} 已日结，但文件未全部生成：{why} 请点“生成文件”重新生成。</translation>
    </message>
    <message>
        <source>{date} was closed already</source>
        <translation>{date} 已经日结</translation>
    </message>
    <message>
        <source>Nothing was posted again; its workbooks and backup are written again.</source>
        <translation>未重复入账；已重新生成报表和备份。</translation>
    </message>
    <message>
        <source>{date} is closed</source>
        <translation>{date} 已日结</translation>
    </message>
    <message>
        <source>The business date is now {date}.</source>
        <translation>当前营业日期为 {date}。</translation>
    </message>
    <message numerus="yes">
        <source>%n room charge(s) posted for the night.</source>
        <translation>
            <numerusform>已入账 %n 笔当晚房费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guaranteed no-show(s) charged.</source>
        <translation>
            <numerusform>已向 %n 个担保未到的预订收费。</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds released at the close: {list}.</source>
        <translation>日结时释放的保留预订：{list}。</translation>
    </message>
    <message numerus="yes">
        <source>Closed with %n item(s) open; the reason is recorded.</source>
        <translation>
            <numerusform>日结时有 %n 项未结；原因已记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Change the departure</source>
        <translation>修改离店日期</translation>
    </message>
    <message>
        <source>Change departure</source>
        <translation>修改离店日期</translation>
    </message>
    <message>
        <source>{guest}, room {room}: arrived {arrival}, due out {departure} ({nights} nights).</source>
        <translation>{guest}，{room} 房：{arrival} 抵店，预离 {departure}（{nights} 晚）。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>New departure</source>
        <translation>新离店日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Extends the stay to {nights} nights; the room and its type must be free.</source>
        <translation>续住至共 {nights} 晚；该房间及房型须有空。</translation>
    </message>
    <message>
        <source>Shortens the stay to {nights} nights; the nights after are for sale at once.</source>
        <translation>缩短为共 {nights} 晚（提前退房）；之后的房晚立即重新开放销售。</translation>
    </message>
    <message>
        <source>The departure stays as it is.</source>
        <translation>离店日期不变。</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>Desk could not open its database: {reason}</source>
        <translation>Desk 无法打开数据库：{reason}</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Everything confirmed before it is saved. Details are in {log}.</source>
        <translation>出现错误，最后一个操作未完成。此前已确认的内容均已保存。详细信息见 {log}。</translation>
    </message>
</context>
<context>
    <name>DutyEntryDialog</name>
    <message>
        <source>Duty log entry</source>
        <translation>值班日志记录</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>记入日志</translation>
    </message>
    <message>
        <source>Equipment faults, incidents, guest requests and staff changes go into the shift&apos;s log and stay open until someone closes them.</source>
        <translation>设备故障、突发事件、客人需求和人员变动都记入本班值班日志，在有人关闭之前一直未结。</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>不涉及房间</translation>
    </message>
    <message>
        <source>What happened, what was done, who was told</source>
        <translation>发生了什么，做了什么，通知了谁</translation>
    </message>
    <message>
        <source>Major incident: a written report is due by tomorrow</source>
        <translation>重大事件：须在明天之前提交书面报告</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
</context>
<context>
    <name>DutyLogPage</name>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>MAJOR</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>报告截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>Log entry…</source>
        <translation>记入日志…</translation>
    </message>
    <message>
        <source>Close entry…</source>
        <translation>关闭记录…</translation>
    </message>
    <message>
        <source>Attach report…</source>
        <translation>提交报告…</translation>
    </message>
    <message>
        <source>closed: {what}</source>
        <translation>已关闭：{what}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>report overdue</source>
        <translation>报告逾期</translation>
    </message>
    <message>
        <source>open until its report</source>
        <translation>未结，待报告</translation>
    </message>
    <message>
        <source>open, from an earlier shift</source>
        <translation>未结，来自前一班</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n 项未结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major incident(s) waiting for a report</source>
        <translation>
            <numerusform>%n 起重大事件待提交报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) overdue</source>
        <translation>
            <numerusform>%n 份报告逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>请先开班。</translation>
    </message>
    <message>
        <source>Open a shift at this workstation before writing the duty log.</source>
        <translation>请先在本工作站开班，再填写值班日志。</translation>
    </message>
    <message>
        <source>Major incident logged: its written report is due by tomorrow.</source>
        <translation>已记录重大事件：书面报告须在明天之前提交。</translation>
    </message>
    <message>
        <source>Entry logged.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <source>Entry closed.</source>
        <translation>记录已关闭。</translation>
    </message>
    <message>
        <source>Report attached; the incident is closed.</source>
        <translation>报告已提交；该事件已关闭。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workbooks</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Occupancy workbook</source>
        <translation>出租率报表</translation>
    </message>
    <message>
        <source>Settlement workbook</source>
        <translation>结算报表</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>营业日期</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The day&apos;s workbooks</source>
        <translation>当日报表</translation>
    </message>
    <message>
        <source>The occupancy and settlement workbooks of a business date: a closed day from its frozen figures, the open day as it stands now.</source>
        <translation>营业日的出租率报表和结算报表：已日结的营业日取冻结数据，未日结的营业日取当前数据。</translation>
    </message>
    <message>
        <source>The open business day: its workbooks show it as it stands now.</source>
        <translation>未日结的营业日：报表显示当前数据。</translation>
    </message>
    <message>
        <source>A closed day: its figures as frozen at the close.</source>
        <translation>已日结的营业日：取日结时冻结的数据。</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>已生成：</translation>
    </message>
</context>
<context>
    <name>ExtendHoldDialog</name>
    <message>
        <source>Extend the hold</source>
        <translation>延长保留时间</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}) is held until {current}. A reservation gets one extension, to {latest} at the latest.</source>
        <translation>{guest}（{confirmation}）保留至 {current}。每个预订只能延长一次，最晚到 {latest}。</translation>
    </message>
    <message>
        <source>e.g. guest called: flight delayed</source>
        <translation>例如：客人来电，航班延误</translation>
    </message>
    <message>
        <source>Hold until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
</context>
<context>
    <name>FiguresGrid</name>
    <message>
        <source>STR / USALI</source>
        <translation>STR / USALI</translation>
    </message>
    <message>
        <source>The industry&apos;s definition: rooms available include rooms out of order.</source>
        <translation>行业标准口径：可售房数包含维修房。</translation>
    </message>
    <message>
        <source>Operational
(out of order deducted)</source>
        <translation>运营口径
（扣除维修房）</translation>
    </message>
    <message>
        <source>Rooms out of order deducted from the rooms available, as many hotel systems show it.</source>
        <translation>可售房数扣除维修房，与许多酒店系统的显示方式一致。</translation>
    </message>
    <message>
        <source>Rooms available</source>
        <translation>可售房数</translation>
    </message>
    <message>
        <source>Rooms sold</source>
        <translation>已售房数</translation>
    </message>
    <message>
        <source>Paid overnight rooms and day use; complimentary and house-use rooms are not sold.</source>
        <translation>付费过夜房和日用房；免费房和自用房不算已售。</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>Rooms sold ÷ rooms available</source>
        <translation>已售房数 ÷ 可售房数</translation>
    </message>
    <message>
        <source>Net of tax: room charges, day use and no-show charges</source>
        <translation>不含税：房费、日用房和未到房费</translation>
    </message>
    <message>
        <source>ADR</source>
        <translation>平均房价</translation>
    </message>
    <message>
        <source>Average daily rate: room revenue ÷ rooms sold</source>
        <translation>平均房价：客房收入 ÷ 已售房数</translation>
    </message>
    <message>
        <source>RevPAR</source>
        <translation>每间可售房收入</translation>
    </message>
    <message>
        <source>Revenue per available room: room revenue ÷ rooms available</source>
        <translation>每间可售房收入：客房收入 ÷ 可售房数</translation>
    </message>
    <message>
        <source>Room revenue</source>
        <translation>客房收入</translation>
    </message>
    <message>
        <source>Out of order {ooo} · out of service {oos} · complimentary {comp} · house use {house} · day use {day_use} · no-shows {no_shows}</source>
        <translation>维修房 {ooo} · 停用房 {oos} · 免费房 {comp} · 自用房 {house} · 日用房 {day_use} · 未到 {no_shows}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Desk</source>
        <translation>欢迎使用 Desk</translation>
    </message>
    <message>
        <source>Set up my hotel</source>
        <translation>设置我的酒店</translation>
    </message>
    <message>
        <source>This database has no hotel yet.</source>
        <translation>此数据库中还没有酒店。</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>Open the demo hotel (70 rooms, guests and history)</source>
        <translation>打开演示酒店（70 间客房，含住客和历史记录）</translation>
    </message>
    <message>
        <source>Log in as one of these users, all with the password {password}:</source>
        <translation>可用以下任一用户登录，密码均为 {password}：</translation>
    </message>
    <message>
        <source>A .csv file, one room a line</source>
        <translation>CSV 文件，每行一间房</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Columns, with this header line: number, floor, type_code, type_name, rate, capacity</source>
        <translation>首行为表头，各列依次为：number, floor, type_code, type_name, rate, capacity（房号、楼层、房型代码、房型名称、房价、可住人数）</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>酒店名称</translation>
    </message>
    <message>
        <source>Manager&apos;s user name</source>
        <translation>经理用户名</translation>
    </message>
    <message>
        <source>Manager&apos;s full name</source>
        <translation>经理姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Rooms file</source>
        <translation>客房文件</translation>
    </message>
    <message>
        <source>Open the demo hotel</source>
        <translation>打开演示酒店</translation>
    </message>
    <message>
        <source>Create my hotel</source>
        <translation>创建我的酒店</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save the workbooks in</source>
        <translation>报表保存位置</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>{complaint}
Call {who}{phone}.</source>
        <translation>{complaint}
请致电 {who}{phone}。</translation>
    </message>
    <message>
        <source>the guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Reached the guest</source>
        <translation>已联系上客人</translation>
    </message>
    <message>
        <source>Could not reach the guest</source>
        <translation>未能联系上客人</translation>
    </message>
    <message>
        <source>1 very unhappy</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <source>5 very happy</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>What the guest said</source>
        <translation>客人反馈</translation>
    </message>
    <message>
        <source>A score of 1 or 2 reopens the complaint.</source>
        <translation>评分为 1 或 2 时，投诉将重新打开。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>客人原话</translation>
    </message>
    <message>
        <source>Why not: no answer, wrong number, asked not to be called...</source>
        <translation>原因：无人接听、号码错误、客人要求不要来电...</translation>
    </message>
</context>
<context>
    <name>FrontDeskTab</name>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Room, guest name or confirmation number (Ctrl+F)</source>
        <translation>房号、客人姓名或确认号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>预离日期</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>入住…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>散客入住…</translation>
    </message>
    <message>
        <source>Post charge…</source>
        <translation>挂账消费…</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <source>Deposit…</source>
        <translation>押金…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Reverse line…</source>
        <translation>冲账…</translation>
    </message>
    <message>
        <source>Move room…</source>
        <translation>换房…</translation>
    </message>
    <message>
        <source>Change departure…</source>
        <translation>续住/提前退房…</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>打印收据…</translation>
    </message>
    <message>
        <source>Show full ID…</source>
        <translation>查看完整证件号…</translation>
    </message>
    <message>
        <source>due out</source>
        <translation>今日预离</translation>
    </message>
    <message>
        <source>held until {time}</source>
        <translation>保留至 {time}</translation>
    </message>
    <message>
        <source>In house ({count})</source>
        <translation>在住（{count}）</translation>
    </message>
    <message>
        <source>Arrivals today ({count})</source>
        <translation>今日预抵（{count}）</translation>
    </message>
    <message>
        <source>Departures today ({count})</source>
        <translation>今日预离（{count}）</translation>
    </message>
    <message>
        <source>Choose an arrival</source>
        <translation>请选择预抵客人</translation>
    </message>
    <message>
        <source>Nobody is checked in to that room.</source>
        <translation>该房间没有在住客人。</translation>
    </message>
    <message>
        <source>{guest} is checked in to room {room} until {departure}.</source>
        <translation>{guest} 已入住 {room} 房，{departure} 离店。</translation>
    </message>
    <message>
        <source>Deposit held: {amount}.</source>
        <translation>押金余额：{amount}。</translation>
    </message>
    <message>
        <source>Posted to room {room}: {amount}. Balance {balance}.</source>
        <translation>已挂账到 {room} 房：{amount}。余额 {balance}。</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Room {room} · {guest}. Balance {balance}.</source>
        <translation>{room} 房 · {guest}。余额 {balance}。</translation>
    </message>
    <message>
        <source>Payment of {amount} taken for room {room}. Balance {balance}.</source>
        <translation>已为 {room} 房收款 {amount}。余额 {balance}。</translation>
    </message>
    <message>
        <source>Take a deposit</source>
        <translation>收押金</translation>
    </message>
    <message>
        <source>Take deposit</source>
        <translation>收押金</translation>
    </message>
    <message>
        <source>Room {room} · {guest}. Deposit held now: {held}. It is applied or refunded, the way it came, at check-out.</source>
        <translation>{room} 房 · {guest}。当前押金：{held}。结账时抵扣账单，余额按原支付方式退还。</translation>
    </message>
    <message>
        <source>Deposit of {amount} taken for room {room}.</source>
        <translation>已为 {room} 房收押金 {amount}。</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Pays back what the guest paid over the bill (in credit now: {credit}). Deposits are refunded at check-out.</source>
        <translation>退还客人超出账单多付的款项（当前多付：{credit}）。押金在结账时退还。</translation>
    </message>
    <message>
        <source>Refund of {amount} for room {room} recorded.</source>
        <translation>已为 {room} 房退款 {amount}。</translation>
    </message>
    <message>
        <source>Line reversed. Balance {balance}.</source>
        <translation>已冲账。余额 {balance}。</translation>
    </message>
    <message>
        <source>{guest} moved from room {old} to room {new}; room {old} is vacant dirty.</source>
        <translation>{guest} 已从 {old} 房换到 {new} 房；{old} 房为空脏房。</translation>
    </message>
    <message>
        <source>Room {room} now departs on {date}.</source>
        <translation>{room} 房现于 {date} 离店。</translation>
    </message>
    <message>
        <source>{guest} checked out of room {room}; the room is vacant dirty.</source>
        <translation>{guest} 已从 {room} 房结账离店；该房为空脏房。</translation>
    </message>
    <message>
        <source>Give back the deposit: {refunds}.</source>
        <translation>请退还押金：{refunds}。</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>收据已保存：{path}</translation>
    </message>
    <message>
        <source>Full ID number</source>
        <translation>完整证件号码</translation>
    </message>
    <message>
        <source>{guest}
{document}: {number}</source>
        <translation>{guest}
{document}：{number}</translation>
    </message>
</context>
<context>
    <name>GuestFields</name>
    <message>
        <source>as on the ID</source>
        <translation>与证件一致</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>{clerk}&apos;s shift at {workstation}, opened {opened}. Count the drawer, leave the float, write what the next clerk must know and choose what to carry forward. The shift closes when the incoming clerk accepts.</source>
        <translation>{clerk} 在 {workstation} 的班次，{opened} 开班。请清点钱箱、留下备用金、写明下一班须知的事项，并选择要移交的未结事项。接班人确认接班后本班结束。</translation>
    </message>
    <message>
        <source>What Desk assembled</source>
        <translation>Desk 汇总</translation>
    </message>
    <message>
        <source>Float at the start</source>
        <translation>开班备用金</translation>
    </message>
    <message>
        <source>+ Cash received</source>
        <translation>+ 现金收入</translation>
    </message>
    <message>
        <source>− Cash paid out</source>
        <translation>− 现金支出</translation>
    </message>
    <message>
        <source>= Cash expected</source>
        <translation>= 应有现金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Float left for the next shift</source>
        <translation>留给下一班的备用金</translation>
    </message>
    <message>
        <source>Cash to drop to the safe</source>
        <translation>投缴保险箱现金</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>e.g. card terminal 2 slow to connect</source>
        <translation>例如：2 号刷卡机连接慢</translation>
    </message>
    <message>
        <source>difficult guests, problems, any cash difference</source>
        <translation>难缠的客人、问题、现金差额</translation>
    </message>
    <message>
        <source>e.g. bellboy off sick, who covers</source>
        <translation>例如：行李员病假，由谁顶班</translation>
    </message>
    <message>
        <source>Notes for the next shift</source>
        <translation>交班事项</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Difficult issues</source>
        <translation>疑难问题</translation>
    </message>
    <message>
        <source>Staff changes</source>
        <translation>人员变动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>移交下一班</translation>
    </message>
    <message>
        <source>Open items the next shift takes over. Major incidents are carried until their report is in.</source>
        <translation>由下一班接手的未结事项。重大事件在提交报告前会一直移交。</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Major incident, report overdue</source>
        <translation>重大事件，报告逾期</translation>
    </message>
    <message>
        <source>Major incident</source>
        <translation>重大事件</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>请清点钱箱</translation>
    </message>
    <message>
        <source>explain it under Difficult issues</source>
        <translation>请在“疑难问题”中说明</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of room {room}</source>
        <translation>{room} 房历史记录</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>Cleaning status</source>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>入住状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>clerk&apos;s name or user name, either side</source>
        <translation>交班或接班人的姓名或用户名</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Business date from</source>
        <translation>营业日期自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>Counted ({currency})</source>
        <translation>实点（{currency}）</translation>
    </message>
    <message>
        <source>Expected {amount}</source>
        <translation>应有 {amount}</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>长款/短款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>{who} for {clerk}</source>
        <translation>{who} 代 {clerk}</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Choose a handover on the left.</source>
        <translation>请在左侧选择一次交班。</translation>
    </message>
    <message>
        <source>Export the handover</source>
        <translation>导出交班表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation>无法将工作簿写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Handover exported: {path}</source>
        <translation>交班表已导出：{path}</translation>
    </message>
</context>
<context>
    <name>HousekeepingReportDialog</name>
    <message>
        <source>Housekeeping report</source>
        <translation>客房部房态报告</translation>
    </message>
    <message>
        <source>Tick every room housekeeping found occupied (luggage, guest or bed slept in). Unticked rooms are reported vacant. Desk then lists where the front office disagrees.</source>
        <translation>勾选客房部查到有人住的房间（有行李、有客人或床已睡过）。未勾选的房间记为空房。随后 Desk 会列出与前台记录不符的房间。</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>{floor} 层</translation>
    </message>
    <message>
        <source>Found occupied</source>
        <translation>查到有人住</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message numerus="yes">
        <source>Report for {date} · {floor}: %n room(s)</source>
        <translation>
            <numerusform>{date} 报告 · {floor}：共 %n 间</numerusform>
        </translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>LogComplaintDialog</name>
    <message>
        <source>Log a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Log complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>room number or guest&apos;s name; empty for none</source>
        <translation>房号或客人姓名；不涉及则留空</translation>
    </message>
    <message>
        <source>the complainant&apos;s name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>The complainant gives no name; a phone for a call back is optional.</source>
        <translation>投诉人不留姓名；回电电话可选填。</translation>
    </message>
    <message>
        <source>Tick the staff the complaint is about (Space ticks): none of them may handle it.</source>
        <translation>勾选被投诉的员工（按空格键勾选）：他们都不能处理此投诉。</translation>
    </message>
    <message>
        <source>What happened, as the guest tells it</source>
        <translation>按客人所述填写事情经过</translation>
    </message>
    <message>
        <source>e.g. another room, a refund, an apology</source>
        <translation>例如：换房、退款、道歉</translation>
    </message>
    <message>
        <source>Threatens the press, social media or a lawsuit</source>
        <translation>扬言找媒体、发到社交平台或起诉</translation>
    </message>
    <message>
        <source>amount, if the guest names one</source>
        <translation>客人提出金额时填写</translation>
    </message>
    <message>
        <source>what was done, if it is settled on the spot</source>
        <translation>如当场解决，填写处理结果</translation>
    </message>
    <message>
        <source>Received, by</source>
        <translation>受理时间、渠道</translation>
    </message>
    <message>
        <source>Room or guest</source>
        <translation>房间或客人</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Category, level</source>
        <translation>类别、级别</translation>
    </message>
    <message>
        <source>Staff it is about</source>
        <translation>被投诉员工</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>The guest asks for</source>
        <translation>客人诉求</translation>
    </message>
    <message>
        <source>Compensation claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Settled on the spot</source>
        <translation>当场解决</translation>
    </message>
    <message>
        <source>{room} · no guest in house</source>
        <translation>{room} · 无在住客人</translation>
    </message>
    <message>
        <source>Not about a room or a guest in house.</source>
        <translation>不涉及房间或在住客人。</translation>
    </message>
    <message>
        <source>Choose from the list: type a room number or a guest&apos;s name.</source>
        <translation>请从列表中选择：输入房号或客人姓名。</translation>
    </message>
    <message>
        <source>Linked to {guest}&apos;s stay: money off the bill goes to their folio.</source>
        <translation>已关联 {guest} 的住店记录：减免金额将记入其账单。</translation>
    </message>
    <message>
        <source>Linked to the room only.</source>
        <translation>只关联房间。</translation>
    </message>
    <message>
        <source>optional, for a call back</source>
        <translation>选填，用于回电</translation>
    </message>
    <message>
        <source>Handled on the spot by you: due by the end of this shift.</source>
        <translation>由您当场处理：须在本班结束前完成。</translation>
    </message>
    <message>
        <source>Goes to the manager at once; first reply within 24 hours, due in 7 working days.</source>
        <translation>立即转交经理；24 小时内首次回复，7 个工作日内处理完毕。</translation>
    </message>
    <message>
        <source>First reply within 24 hours; due in 3 working days.</source>
        <translation>24 小时内首次回复；3 个工作日内处理完毕。</translation>
    </message>
    <message>
        <source>This makes it a major complaint: the manager is alerted and a written report is due within 24 hours.</source>
        <translation>这将成为重大投诉：将通知经理，并须在 24 小时内提交书面报告。</translation>
    </message>
    <message>
        <source>A claim above {limit} makes it a major complaint.</source>
        <translation>索赔金额超过 {limit} 即为重大投诉。</translation>
    </message>
    <message>
        <source>Choose the room or the guest from the list, or leave it empty.</source>
        <translation>请从列表中选择房间或客人，或留空。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Desk: log in</source>
        <translation>Desk：登录</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Locked by {user}. Log in to continue, or as another user to switch.</source>
        <translation>已由 {user} 锁定。请登录以继续，或以其他用户登录以切换。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Room status</source>
        <translation>房态</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Room plan</source>
        <translation>排房图</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>已锁定。请登录以继续。</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>Desk(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>锁定 / 切换用户(&amp;L)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Hotel rules…</source>
        <translation>酒店规则(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Close the day…</source>
        <translation>日结(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export workbooks…</source>
        <translation>导出报表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>{hotel} · Desk</source>
        <translation>{hotel} · Desk</translation>
    </message>
    <message>
        <source>Business date: {date}</source>
        <translation>营业日期：{date}</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached</source>
        <translation>离线：无法连接数据库</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>slip, transaction or receipt number</source>
        <translation>签购单、交易号或收据号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
</context>
<context>
    <name>MoveRoomDialog</name>
    <message>
        <source>Move to another room</source>
        <translation>换房</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>换房</translation>
    </message>
    <message>
        <source>{guest} is in room {room} ({type}) until {departure}. The folio moves with the guest; room {room} becomes vacant dirty.</source>
        <translation>{guest} 住在 {room} 房（{type}），{departure} 离店。账单随客人转移；{room} 房将变为空脏房。</translation>
    </message>
    <message>
        <source>e.g. air conditioner noisy</source>
        <translation>例如：空调噪音大</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新房号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <source>The last shift at this workstation ({clerk}, closed {time}) handed over a float of {amount}. Count what is in the drawer.</source>
        <translation>本工作站上一班（{clerk}，{time} 结束）交出备用金 {amount}。请清点钱箱中的现金。</translation>
    </message>
    <message>
        <source>No shift has been handed over at this workstation yet. Count the float you put into the drawer.</source>
        <translation>本工作站尚无交班记录。请清点您放入钱箱的备用金。</translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>needed when the float differs from what was handed over</source>
        <translation>备用金与交接金额不符时必填</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Against the float handed over: {words}</source>
        <translation>与交接的备用金相比：{words}</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Another workstation was changing the same records at that moment; nothing was saved. Try again.</source>
        <translation>另一台工作站正在同时修改相同的记录；本次未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same moment; nothing of yours was saved. Look at it again and repeat your change.</source>
        <translation>其他人同时修改了这条记录，您的修改未保存。请重新查看后再修改一次。</translation>
    </message>
    <message>
        <source>The database could not be reached; nothing was saved. ({detail})</source>
        <translation>无法连接数据库，未保存任何内容。（{detail}）</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>{clerk}&apos;s shift at {workstation} closes without an incoming clerk&apos;s acceptance. Your name and the reason are recorded.</source>
        <translation>{clerk} 在 {workstation} 的班次将在无人接班的情况下结束。您的姓名和原因将被记录。</translation>
    </message>
    <message>
        <source>It was not handed over: count the drawer.</source>
        <translation>该班次未交班：请清点钱箱。</translation>
    </message>
    <message>
        <source>Close a shift without acceptance</source>
        <translation>无人接班时结束班次</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>结束班次</translation>
    </message>
    <message>
        <source>e.g. clerk taken ill, nobody to take over</source>
        <translation>例如：员工突发疾病，无人接班</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Drawer counted</source>
        <translation>钱箱实点</translation>
    </message>
    <message>
        <source>Float left in the drawer</source>
        <translation>留在钱箱的备用金</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Weekly complaint report</source>
        <translation>投诉周报</translation>
    </message>
    <message>
        <source>Monthly complaint report</source>
        <translation>投诉月报</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>所在周</translation>
    </message>
    <message>
        <source>Month of</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Counts by category, level and status, times to reply and to resolve, overdue, compensation and satisfaction, and the list itself.</source>
        <translation>按类别、级别和状态统计的数量，回复和解决用时，逾期情况，补偿和满意度，以及投诉清单。</translation>
    </message>
    <message>
        <source>Complaints received {first} to {last}</source>
        <translation>{first} 至 {last} 受理的投诉</translation>
    </message>
    <message>
        <source>Export the complaint report</source>
        <translation>导出投诉报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Change of room type</source>
        <translation>更改房型</translation>
    </message>
    <message>
        <source>{guest} booked {booked}; room {room} is {type}. Give them room {room} anyway? Desk checks that {type} has a room free on every night.</source>
        <translation>{guest} 预订的是 {booked}；{room} 房是 {type}。仍要分配 {room} 房吗？Desk 会检查 {type} 每晚都有空房。</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}) gets room {room}.</source>
        <translation>{guest}（{confirmation}）已分配 {room} 房。</translation>
    </message>
    <message>
        <source>{guest} moves from room {old} to room {new} for the rest of the stay. The folio moves with the guest; room {old} becomes vacant dirty.</source>
        <translation>{guest} 在剩余住店期间从 {old} 房换到 {new} 房。账单随客人转移；{old} 房将变为空脏房。</translation>
    </message>
    <message>
        <source>This is a change of room type: {old_type} to {new_type}.</source>
        <translation>这将更改房型：{old_type} 改为 {new_type}。</translation>
    </message>
    <message>
        <source>Move {guest} to room {room}</source>
        <translation>将 {guest} 换到 {room} 房</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>换房</translation>
    </message>
    <message>
        <source>e.g. air conditioner noisy</source>
        <translation>例如：空调噪音大</translation>
    </message>
    <message>
        <source>{guest} moved from room {old} to room {new}; room {old} is vacant dirty.</source>
        <translation>{guest} 已从 {old} 房换到 {new} 房；{old} 房为空脏房。</translation>
    </message>
    <message>
        <source>Room {room} is no longer held for {confirmation}.</source>
        <translation>{room} 房已不再为 {confirmation} 保留。</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <source>Hotel rules</source>
        <translation>酒店规则</translation>
    </message>
    <message>
        <source>These rules hold for every workstation of the hotel. Each change is written to the audit trail.</source>
        <translation>这些规则适用于本酒店的所有工作站。每次修改都会记入操作日志。</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Hold non-guaranteed reservations until</source>
        <translation>非担保预订保留至</translation>
    </message>
    <message>
        <source>A manager may extend a hold to at most</source>
        <translation>经理最多可将保留时间延长至</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Arrivals get inspected rooms only (clean is not enough)</source>
        <translation>预抵客人只分配已检查的房间（仅干净不够）</translation>
    </message>
    <message>
        <source>A clerk may lower a room rate by up to</source>
        <translation>前台最多可将房价下调</translation>
    </message>
    <message>
        <source>A clerk may post discounts and reversals up to</source>
        <translation>前台可入账的折扣和冲账最高</translation>
    </message>
    <message>
        <source>A clerk may grant compensation up to</source>
        <translation>前台可给予的补偿最高</translation>
    </message>
    <message>
        <source>Above these limits a manager approves.</source>
        <translation>超出上述限额须经理批准。</translation>
    </message>
    <message>
        <source>Guest data and security</source>
        <translation>客人资料与安全</translation>
    </message>
    <message>
        <source>Anonymise guests after</source>
        <translation>匿名化：客人超过</translation>
    </message>
    <message>
        <source>Anonymise old guests now…</source>
        <translation>立即匿名化旧客人资料…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation>客人资料</translation>
    </message>
    <message>
        <source>days without a stay or booking</source>
        <translation>天无住店或预订</translation>
    </message>
    <message>
        <source>Lock an idle workstation after</source>
        <translation>闲置自动锁定工作站</translation>
    </message>
    <message>
        <source>minutes without a key or the mouse</source>
        <translation>分钟无键盘或鼠标操作后</translation>
    </message>
    <message>
        <source>Keep backups for</source>
        <translation>备份保留</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing is deleted by itself. The button below anonymises every guest whose last stay or booking ended more than {days} days before the business date: their name, phone, ID number and nationality, the names of everyone in their rooms, and the names and phone numbers on their bookings and complaints become “—”, and their booking notes are emptied. Stays, bills, statistics and the audit trail stay, so every figure still adds up. It cannot be undone.</source>
        <translation>不会自动删除任何内容。下方按钮会将最后一次住店或预订结束距营业日期已超过 {days} 天的所有客人匿名化：其姓名、电话、证件号码和国籍，同住人的姓名，以及其预订和投诉上的姓名和电话，都将变为“—”，其预订备注将被清空。住店记录、账单、统计数据和操作日志都会保留，因此所有数字仍然对得上。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n guest(s) whose last stay or booking ended before {cutoff}?

Their names, phone numbers, ID numbers and nationality become “—”, and so do the names of everyone in their rooms and the names and phone numbers on their bookings and complaints. Their stays, bills and the statistics stay as they are. This cannot be undone.</source>
        <translation>
            <numerusform>将 %n 位最后一次住店或预订在 {cutoff} 之前结束的客人匿名化吗？

其姓名、电话、证件号码和国籍，同住人的姓名，以及其预订和投诉上的姓名和电话，都将变为“—”。其住店记录、账单和统计数据保持不变。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: guests&apos; personal data is kept for good. With a period set, a manager can anonymise guests who have not stayed or booked for that long.</source>
        <translation>关闭：客人个人资料将永久保留。设置期限后，经理可以将超过该期限没有住店或预订的客人匿名化。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <source>Saved. Every workstation uses the new rules from now on.</source>
        <translation>已保存。所有工作站从现在起采用新规则。</translation>
    </message>
    <message>
        <source>The purge works with the saved keeping period: apply your change first.</source>
        <translation>清理按已保存的保留期限执行：请先应用您的修改。</translation>
    </message>
    <message>
        <source>No guest&apos;s last stay or booking ended before {cutoff}: there is nobody to anonymise.</source>
        <translation>没有客人的最后一次住店或预订在 {cutoff} 之前结束：无需匿名化。</translation>
    </message>
    <message>
        <source>Anonymise old guests</source>
        <translation>匿名化旧客人资料</translation>
    </message>
    <message>
        <source>Nothing was anonymised.</source>
        <translation>未匿名化任何客人。</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) anonymised: last stay or booking before {cutoff}.</source>
        <translation>
            <numerusform>已将 %n 位客人匿名化：最后一次住店或预订在 {cutoff} 之前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Assign rooms to today&apos;s arrivals</source>
        <translation>为今日预抵分配房间</translation>
    </message>
    <message>
        <source>Ready rooms of the booked type come first. Untick any you want to choose yourself.</source>
        <translation>所订房型中已就绪的房间排在前面。要自己挑选的，请取消勾选。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>none free</source>
        <translation>无空房</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>to be cleaned</source>
        <translation>待清扫</translation>
    </message>
    <message>
        <source>Assign ticked rooms</source>
        <translation>分配已勾选的房间</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt · room {room} · {guest}</source>
        <translation>收据 · {room} 房 · {guest}</translation>
    </message>
    <message>
        <source>Save as PDF writes it to {folder}.</source>
        <translation>“保存为 PDF”会保存到 {folder}。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>{item}, room {room}, night of {date}</source>
        <translation>{item}，{room} 房，{date} 晚</translation>
    </message>
    <message>
        <source>Reversal of: {item}</source>
        <translation>冲账：{item}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <source>Rate per night</source>
        <translation>每晚房价</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation>（已冲账）</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>消费合计</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Deposits taken</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>押金抵扣</translation>
    </message>
    <message>
        <source>Deposit refunded ({method})</source>
        <translation>押金退还（{method}）</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>押金余额</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>应付余额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已结账离店</translation>
    </message>
    <message>
        <source>In house (interim bill)</source>
        <translation>在住（中间账单）</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>编号 {number}</translation>
    </message>
    <message>
        <source>Receipt date {date} · {status}</source>
        <translation>收据日期 {date} · {status}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>金额（{currency}）</translation>
    </message>
    <message>
        <source>Clerk: {name}</source>
        <translation>经办人：{name}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>打印时间 {time}</translation>
    </message>
    <message>
        <source>Guest&apos;s signature:</source>
        <translation>客人签字：</translation>
    </message>
    <message>
        <source>Thank you for staying with us.</source>
        <translation>感谢您的光临。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report on a major incident</source>
        <translation>重大事件报告</translation>
    </message>
    <message>
        <source>Attach report</source>
        <translation>提交报告</translation>
    </message>
    <message>
        <source>{entry}
{text}
Report due {due}. Attaching it closes the incident.</source>
        <translation>{entry}
{text}
报告截止 {due}。提交后该事件即关闭。</translation>
    </message>
    <message>
        <source>What happened, who attended, what was done, what follows</source>
        <translation>经过、到场人员、处理措施、后续安排</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>ReservationsTab</name>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>预离日期</translation>
    </message>
    <message>
        <source>Name, phone or confirmation number</source>
        <translation>姓名、电话或确认号</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>in house on</source>
        <translation>在住日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Assign room…</source>
        <translation>分配房间…</translation>
    </message>
    <message>
        <source>Unassign room</source>
        <translation>取消分配房间</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>取消预订…</translation>
    </message>
    <message>
        <source>Extend hold…</source>
        <translation>延长保留时间…</translation>
    </message>
    <message>
        <source>Assign today&apos;s arrivals…</source>
        <translation>分配今日预抵…</translation>
    </message>
    <message>
        <source>Release passed holds</source>
        <translation>释放已过保留时间的预订</translation>
    </message>
    <message>
        <source>held until {time}</source>
        <translation>保留至 {time}</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation>（已延长）</translation>
    </message>
    <message>
        <source>Arrivals today ({count})</source>
        <translation>今日预抵（{count}）</translation>
    </message>
    <message>
        <source>Arrivals tomorrow ({count})</source>
        <translation>明日预抵（{count}）</translation>
    </message>
    <message>
        <source>Departures today ({count})</source>
        <translation>今日预离（{count}）</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{verb}: {confirmation} for {guest}, {type}, {arrival}, {nights} night(s). Give the guest the confirmation number {confirmation}.</source>
        <translation>{verb}：{guest} 的预订 {confirmation}，{type}，{arrival} 起 {nights} 晚。请把确认号 {confirmation} 告诉客人。</translation>
    </message>
    <message>
        <source>Room {room} is assigned.</source>
        <translation>已分配 {room} 房。</translation>
    </message>
    <message>
        <source>Overbook?</source>
        <translation>超额预订？</translation>
    </message>
    <message>
        <source>Overbook</source>
        <translation>超额预订</translation>
    </message>
    <message>
        <source>As a manager you may sell it anyway. Give the reason; it is recorded.</source>
        <translation>作为经理，您仍可出售。请填写原因，系统会记录。</translation>
    </message>
    <message>
        <source>Cancel reservation {confirmation}</source>
        <translation>取消预订 {confirmation}</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <source>{guest}, {type}, {arrival}, {nights} night(s). The room is free again at once.</source>
        <translation>{guest}，{type}，{arrival} 起 {nights} 晚。房间将立即释放。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} cancelled.</source>
        <translation>预订 {confirmation} 已取消。</translation>
    </message>
    <message>
        <source>{confirmation} is held until {time}.</source>
        <translation>{confirmation} 保留至 {time}。</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}) gets room {room}.</source>
        <translation>{guest}（{confirmation}）已分配 {room} 房。</translation>
    </message>
    <message>
        <source>Room {room} is no longer held for {confirmation}.</source>
        <translation>{room} 房已不再为 {confirmation} 保留。</translation>
    </message>
    <message>
        <source>Every arrival of today has a room.</source>
        <translation>今日所有预抵都已分配房间。</translation>
    </message>
    <message>
        <source>Rooms assigned: {rooms}.</source>
        <translation>已分配房间：{rooms}。</translation>
    </message>
    <message>
        <source>Released as no-shows: {list}.</source>
        <translation>已按未到释放：{list}。</translation>
    </message>
    <message>
        <source>No hold has passed.</source>
        <translation>没有已过保留时间的预订。</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <source>Show the full ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>The full ID number of {guest} is shown once; your name and the reason are recorded.</source>
        <translation>{guest} 的完整证件号码只显示一次；您的姓名和原因将被记录。</translation>
    </message>
    <message>
        <source>e.g. police registration check</source>
        <translation>例如：公安登记核查</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse a folio line</source>
        <translation>冲账</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲账</translation>
    </message>
    <message>
        <source>{kind} {what} of {amount} on {date} by {clerk}{description}. A line of the opposite amount cancels it; both stay on the folio.</source>
        <translation>{date} 由 {clerk} 入账的{kind}（{what}）{amount}{description}。将记一笔金额相反的冲账抵销；两笔都保留在账单上。</translation>
    </message>
    <message>
        <source>e.g. posted to the wrong room</source>
        <translation>例如：入错房间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>房态</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <comment>the room&apos;s cleaning state</comment>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>住客</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mark clean</source>
        <translation>标为干净</translation>
    </message>
    <message>
        <source>Mark inspected</source>
        <translation>标为已检查</translation>
    </message>
    <message>
        <source>Mark dirty</source>
        <translation>标为脏房</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Out of order…</source>
        <translation>设为维修房…</translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation>设为停用房…</translation>
    </message>
    <message>
        <source>Back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>入住…</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>走单</translation>
    </message>
    <message>
        <source>SLEEP</source>
        <translation>空房有人</translation>
    </message>
    <message>
        <source>Skip: front office occupied, housekeeping vacant</source>
        <translation>走单：前台为住房，客房部查为空房</translation>
    </message>
    <message>
        <source>Sleep: front office vacant, housekeeping occupied</source>
        <translation>空房有人：前台为空房，客房部查为有人住</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>差异类型</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空房</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>客房部</translation>
    </message>
    <message>
        <source>Click a row to select its room on the board.</source>
        <translation>单击一行即可在房态图上选中该房间。</translation>
    </message>
    <message>
        <source>None: the last report agrees with the front office.</source>
        <translation>无：最近一次客房部房态报告与前台一致。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Out of service; right: its occupancy and cleaning state</source>
        <translation>停用房；右侧为该房的住客与清扫状态</translation>
    </message>
    <message>
        <source>DUE OUT</source>
        <translation>预离</translation>
    </message>
    <message>
        <source>Guest leaves today</source>
        <translation>住客今日离店</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>预抵</translation>
    </message>
    <message>
        <source>Arrival assigned to the room</source>
        <translation>已为预抵客人排此房</translation>
    </message>
    <message>
        <source>Housekeeping found it vacant</source>
        <translation>客房部查为空房</translation>
    </message>
    <message>
        <source>Housekeeping found it occupied</source>
        <translation>客房部查为有人住</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Overdue complaint about the room</source>
        <translation>该房有逾期投诉</translation>
    </message>
    <message>
        <source>All discrepancies ({count})</source>
        <translation>全部房态差异（{count}）</translation>
    </message>
    <message>
        <source>{count} rooms selected</source>
        <translation>已选 {count} 间</translation>
    </message>
    <message>
        <source>Select a room (Ctrl or Shift for several)</source>
        <translation>请选择房间（按住 Ctrl 或 Shift 可多选）</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>{guest} (due out today)</source>
        <translation>{guest}（今日预离）</translation>
    </message>
    <message>
        <source>arriving: {guest}</source>
        <translation>预抵：{guest}</translation>
    </message>
    <message>
        <source>{reason}; back on {date}</source>
        <translation>{reason}；{date} 恢复</translation>
    </message>
</context>
<context>
    <name>RoomPicker</name>
    <message>
        <source>room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Ready rooms are listed; type any other number.</source>
        <translation>列出的是可入住的房间；也可输入其他房号。</translation>
    </message>
    <message>
        <source>There is no room {room}.</source>
        <translation>没有 {room} 房。</translation>
    </message>
    <message>
        <source>{code} · {name} · {state}</source>
        <translation>{code} · {name} · {state}</translation>
    </message>
</context>
<context>
    <name>RoomPlanModel</name>
    <message>
        <source>{state} ({how})</source>
        <translation>{state}（{how}）</translation>
    </message>
    <message>
        <source>{state}, held until {time}</source>
        <translation>{state}，保留至 {time}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message numerus="yes">
        <source>{arrival} → {departure}, %n night(s)</source>
        <translation>
            <numerusform>{arrival} → {departure}，%n 晚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n 位成人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n child(ren)</source>
        <translation>
            <numerusform>，%n 位儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>{party} · {rate} a night</source>
        <translation>{party} · 每晚 {rate}</translation>
    </message>
    <message>
        <source>{state} · {type}</source>
        <translation>{state} · {type}</translation>
    </message>
    <message>
        <source>Past the planned departure: the room stays taken tonight.</source>
        <translation>已过预定离店日期：该房今晚仍被占用。</translation>
    </message>
    <message>
        <source>Room {room} · {type} · {state}</source>
        <translation>{room} 房 · {type} · {state}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>RoomPlanTab</name>
    <message>
        <source>{type} without room</source>
        <translation>{type} 未排房</translation>
    </message>
    <message>
        <source>Reservations still without a room, per room type and night</source>
        <translation>各房型每晚尚未排房的预订</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>{floor} 层</translation>
    </message>
    <message>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Room plan</source>
        <translation>排房图</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>前一周</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>后一周</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrower days (Ctrl+wheel)</source>
        <translation>缩窄日期列（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Wider days (Ctrl+wheel)</source>
        <translation>加宽日期列（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>By floor</source>
        <translation>按楼层</translation>
    </message>
    <message>
        <source>By room type</source>
        <translation>按房型</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Assign or move…</source>
        <translation>排房或换房…</translation>
    </message>
    <message>
        <source>Unassign room</source>
        <translation>取消分配房间</translation>
    </message>
    <message>
        <source>Drag a bar to another room to assign or move it; double-click a bar to open it, an empty night to book that room.</source>
        <translation>将预订条拖到其他房间即可排房或换房；双击预订条可打开，双击空白房晚可预订该房间。</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>尚未排房</translation>
    </message>
    <message>
        <source>{what}: {reason}. Rooms are taken out of order and back on the Room status tab.</source>
        <translation>{what}：{reason}。维修房的设置和恢复在“房态”页进行。</translation>
    </message>
    <message>
        <source>{type} without a room on {date}</source>
        <translation>{date} {type} 未排房</translation>
    </message>
    <message>
        <source>{guest} · {arrival} → {departure} · {confirmation}</source>
        <translation>{guest} · {arrival} → {departure} · {confirmation}</translation>
    </message>
    <message>
        <source>Book room {room} from {date}…</source>
        <translation>从 {date} 起预订 {room} 房…</translation>
    </message>
</context>
<context>
    <name>RoomStatusTab</name>
    <message>
        <source>Floor {floor} · {rooms} rooms</source>
        <translation>{floor} 层 · {rooms} 间</translation>
    </message>
    <message>
        <source>DUE OUT</source>
        <translation>预离</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>预抵</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>走单</translation>
    </message>
    <message>
        <source>SLEEP</source>
        <translation>空房有人</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Go to room…</source>
        <translation>转到房号…</translation>
    </message>
    <message>
        <source>Housekeeping report…</source>
        <translation>客房部房态报告…</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>预离</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>预抵</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>房态差异</translation>
    </message>
    <message>
        <source>Arrival assigned</source>
        <translation>已排预抵</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>房态差异</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Shortcut: {key}</source>
        <translation>快捷键：{key}</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部房型</translation>
    </message>
    <message>
        <source>{shown} of {total} rooms shown</source>
        <translation>显示 {shown} / {total} 间</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n room(s) {state}: {rooms}.</source>
        <translation>
            <numerusform>已将 %n 间房标为{state}：{rooms}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already {state}: {rooms}.</source>
        <translation>已是{state}：{rooms}。</translation>
    </message>
    <message>
        <source>Rooms {rooms}: {what} until {date}.</source>
        <translation>房间 {rooms}：{what}，至 {date}。</translation>
    </message>
    <message>
        <source>Back in use: {rooms}.</source>
        <translation>已恢复使用：{rooms}。</translation>
    </message>
    <message numerus="yes">
        <source>Housekeeping report saved: %n discrepancy(ies) to check.</source>
        <translation>
            <numerusform>客房部房态报告已保存：有 %n 处房态差异需要核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Housekeeping report saved: it agrees with the front office.</source>
        <translation>客房部房态报告已保存：与前台记录一致。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The language of this workstation; the window reopens in it.</source>
        <translation>本工作站的界面语言；窗口将以该语言重新打开。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>SheetWriter</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no room yet</source>
        <translation>未排房</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} 项逾期</translation>
    </message>
    <message>
        <source>{count} major</source>
        <translation>{count} 项重大</translation>
    </message>
    <message>
        <source>Arrivals still due</source>
        <translation>待抵店</translation>
    </message>
    <message>
        <source>Departures still due</source>
        <translation>待离店</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>在住</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n 间</numerusform>
        </translation>
    </message>
    <message>
        <source>Vacant dirty</source>
        <translation>空脏房</translation>
    </message>
    <message>
        <source>Occupied dirty</source>
        <translation>住脏房</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>维修房</translation>
    </message>
    <message>
        <source>Complaints open</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Duty items open</source>
        <translation>未结值班事项</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>押金余额</translation>
    </message>
    <message>
        <source>Non-cash takings this shift ({currency})</source>
        <translation>本班非现金收款（{currency}）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Float at the start</source>
        <translation>开班备用金</translation>
    </message>
    <message>
        <source>+ Cash received</source>
        <translation>+ 现金收入</translation>
    </message>
    <message>
        <source>− Cash paid out</source>
        <translation>− 现金支出</translation>
    </message>
    <message>
        <source>= Cash expected</source>
        <translation>= 应有现金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Over or short</source>
        <translation>长款/短款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note or coin</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>营业日期</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>{clerk}, from {start}</source>
        <translation>{clerk}，{start} 起</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Float handed over</source>
        <translation>交接备用金</translation>
    </message>
    <message>
        <source>Cash dropped to the safe</source>
        <translation>投缴保险箱现金</translation>
    </message>
    <message>
        <source>Float recounted by the incoming clerk</source>
        <translation>接班人复点备用金</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Difficult issues</source>
        <translation>疑难问题</translation>
    </message>
    <message>
        <source>Staff changes</source>
        <translation>人员变动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Disagreement of the incoming clerk</source>
        <translation>接班人异议</translation>
    </message>
    <message>
        <source>Manager&apos;s reason</source>
        <translation>经理说明的原因</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Closed by a manager</source>
        <translation>由经理结束</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>{hotel}: shift handover</source>
        <translation>{hotel}：交接班</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Drawer count (outgoing)</source>
        <translation>钱箱清点（交班）</translation>
    </message>
    <message>
        <source>Float recount (incoming)</source>
        <translation>备用金复点（接班）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>移交事项</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <source>Open shift…</source>
        <translation>开班…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>交班…</translation>
    </message>
    <message>
        <source>Withdraw handover</source>
        <translation>撤回交班</translation>
    </message>
    <message>
        <source>Accept handover…</source>
        <translation>接班…</translation>
    </message>
    <message>
        <source>Close without acceptance…</source>
        <translation>无人接班时结束…</translation>
    </message>
    <message>
        <source>nothing was handed over here before</source>
        <translation>此前本处无交班记录</translation>
    </message>
    <message>
        <source>as handed over</source>
        <translation>与交接金额一致</translation>
    </message>
    <message>
        <source>{words} against the {handed} handed over</source>
        <translation>与交接的 {handed} 相比：{words}</translation>
    </message>
    <message>
        <source>No shift is open at this workstation</source>
        <translation>本工作站没有开班</translation>
    </message>
    <message>
        <source>Open a shift, counting the float, before taking or paying out money.</source>
        <translation>收付款前，请先清点备用金并开班。</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Last handed over</source>
        <translation>上次交班</translation>
    </message>
    <message>
        <source>{amount} by {clerk}, {time}</source>
        <translation>{clerk} 交出 {amount}，{time}</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>{clerk}&apos;s shift</source>
        <translation>{clerk} 的班次</translation>
    </message>
    <message>
        <source>Handed over: waiting for the incoming clerk to sign in, recount the float and accept. No money can be taken until then.</source>
        <translation>已交班：等待接班人登录、复点备用金并确认接班。在此之前不能收款。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>当班中</translation>
    </message>
    <message>
        <source>Open · you are logged in as {name}: money taken here goes into {clerk}&apos;s shift until it is handed over.</source>
        <translation>当班中 · 您以 {name} 身份登录：交班前在此收取的款项都计入 {clerk} 的班次。</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>{time} (business date {date})</source>
        <translation>{time}（营业日期 {date}）</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Taken over from</source>
        <translation>接自</translation>
    </message>
    <message>
        <source>{clerk}, {time}</source>
        <translation>{clerk}，{time}</translation>
    </message>
    <message>
        <source>Cash expected now</source>
        <translation>当前应有现金</translation>
    </message>
    <message>
        <source>{expected} (float {float} + received {received} − paid out {paid})</source>
        <translation>{expected}（备用金 {float} + 收入 {received} − 支出 {paid}）</translation>
    </message>
</context>
<context>
    <name>ShiftSheet</name>
    <message>
        <source>Over by {amount}</source>
        <translation>长款 {amount}</translation>
    </message>
    <message>
        <source>Short by {amount}</source>
        <translation>短款 {amount}</translation>
    </message>
    <message>
        <source>Balanced: no difference</source>
        <translation>账实相符，无差额</translation>
    </message>
</context>
<context>
    <name>ShiftsTab</name>
    <message>
        <source>Duty log and open items</source>
        <translation>值班日志与未结事项</translation>
    </message>
    <message>
        <source>Handover history</source>
        <translation>交班记录</translation>
    </message>
    <message>
        <source>Your shift is open with a float of {amount}.</source>
        <translation>您已开班，备用金 {amount}。</translation>
    </message>
    <message>
        <source>Handed over. The incoming clerk signs in here with “Accept handover…”; until then no money can be taken (withdraw the handover to go on working).</source>
        <translation>已交班。接班人在此点“接班…”登录；在此之前不能收款（如需继续工作，请撤回交班）。</translation>
    </message>
    <message>
        <source>Handover withdrawn: the shift is open again.</source>
        <translation>交班已撤回：本班继续当班。</translation>
    </message>
    <message>
        <source>{name} has taken over: their shift is open with a float of {amount}, and {outgoing}&apos;s shift is closed.</source>
        <translation>{name} 已接班：其班次已开班，备用金 {amount}；{outgoing} 的班次已结束。</translation>
    </message>
    <message>
        <source>Nothing is waiting to be accepted here any more.</source>
        <translation>此处已没有待接的交班。</translation>
    </message>
    <message>
        <source>The incoming clerk enters their user name and password.</source>
        <translation>请接班人输入自己的用户名和密码。</translation>
    </message>
    <message>
        <source>That shift is closed already.</source>
        <translation>该班次已结束。</translation>
    </message>
    <message>
        <source>{clerk}&apos;s shift at {workstation} is still open: it is handed over and accepted at {workstation}, or a manager closes it without acceptance.</source>
        <translation>{clerk} 在 {workstation} 的班次仍未结束：须在 {workstation} 交班并接班，或由经理在无人接班的情况下结束。</translation>
    </message>
    <message>
        <source>{clerk}&apos;s shift is closed without acceptance; the reason is recorded.</source>
        <translation>{clerk} 的班次已在无人接班的情况下结束；原因已记录。</translation>
    </message>
</context>
<context>
    <name>StayPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type / method</source>
        <translation>项目/方式</translation>
    </message>
    <message>
        <source>Description / reference</source>
        <translation>说明/凭证号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>reversal: {reason}</source>
        <translation>冲账：{reason}</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation>（已冲账）</translation>
    </message>
    <message>
        <source>Choose a guest</source>
        <translation>请选择客人</translation>
    </message>
    <message>
        <source>Pick a guest in house, an arrival or a departure on the left, or type a room number or name in the search box (Ctrl+F).</source>
        <translation>在左侧选择在住、预抵或预离的客人，或在搜索框（Ctrl+F）中输入房号或姓名。</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已结账离店</translation>
    </message>
    <message>
        <source>In house · due out today</source>
        <translation>在住 · 今日预离</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Room {room} · {guest}</source>
        <translation>{room} 房 · {guest}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>同住</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Charges {amount}</source>
        <translation>消费 {amount}</translation>
    </message>
    <message>
        <source>Paid {amount}</source>
        <translation>已付 {amount}</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>余额 {amount}</translation>
    </message>
    <message>
        <source>Deposit held {amount}</source>
        <translation>押金余额 {amount}</translation>
    </message>
    <message>
        <source>Arrival · {guest}</source>
        <translation>预抵 · {guest}</translation>
    </message>
    <message>
        <source>Enter or Ctrl+I checks the guest in</source>
        <translation>按 Enter 或 Ctrl+I 办理入住</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未排房</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n 位成人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n 位儿童</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message numerus="yes">
        <source>%n {type} reservation(s) without a room on {date}. Drag to a room, or click to list them.</source>
        <translation>
            <numerusform>{date} 有 %n 个 {type} 预订尚未排房。拖到房间即可排房，或单击列出这些预订。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>已添加用户。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account {user} is deactivated. Ask a manager.</source>
        <translation>账号 {user} 已停用，请联系经理。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} more minutes, or until a manager unlocks it.</source>
        <translation>密码错误次数过多：{user} 还将锁定 {minutes} 分钟，或由经理解锁。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} minutes, or until a manager unlocks it.</source>
        <translation>密码错误次数过多：{user} 已锁定 {minutes} 分钟，或由经理解锁。</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>A user name may contain only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>用户名只能包含字母、数字以及 &apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>The user name {user} is taken.</source>
        <translation>用户名 {user} 已被使用。</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>This hotel already has accounts; log in as a manager.</source>
        <translation>本酒店已有账号，请以经理身份登录。</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>This database already has a hotel.</source>
        <translation>此数据库中已有酒店。</translation>
    </message>
    <message>
        <source>the hotel name</source>
        <translation>酒店名称</translation>
    </message>
    <message>
        <source>Room type {code} needs a rate of 0 or more and a capacity of at least 1.</source>
        <translation>房型 {code} 的房价不能为负，可住人数至少为 1。</translation>
    </message>
    <message>
        <source>the room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Room {room} appears twice; each room number once.</source>
        <translation>房号 {room} 出现了两次，每个房号只能出现一次。</translation>
    </message>
    <message>
        <source>Room {room} names an unknown room type {code}.</source>
        <translation>房间 {room} 使用了未知房型 {code}。</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file has no {columns}.</source>
        <translation>客房文件第 {line} 行缺少：{columns}。</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file is not valid: {problem}</source>
        <translation>客房文件第 {line} 行无效：{problem}</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file gives room type {code} another name, rate or capacity than an earlier line.</source>
        <translation>客房文件第 {line} 行中房型 {code} 的名称、房价或可住人数与前面的行不一致。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Desk (schema {revision}); update Desk on this workstation.</source>
        <translation>此数据库由更新版本的 Desk 写入（结构版本 {revision}），请在本工作站升级 Desk。</translation>
    </message>
    <message>
        <source>mark rooms clean</source>
        <translation>将房间标为干净</translation>
    </message>
    <message>
        <source>mark rooms dirty</source>
        <translation>将房间标为脏房</translation>
    </message>
    <message>
        <source>mark rooms inspected</source>
        <translation>将房间标为已检查</translation>
    </message>
    <message>
        <source>take rooms out of order or out of service</source>
        <translation>将房间设为维修房或停用房</translation>
    </message>
    <message>
        <source>enter the housekeeping report</source>
        <translation>录入客房部房态报告</translation>
    </message>
    <message>
        <source>work the front desk</source>
        <translation>办理前台业务</translation>
    </message>
    <message>
        <source>overbook</source>
        <translation>超额预订</translation>
    </message>
    <message>
        <source>extend a reservation&apos;s hold</source>
        <translation>延长预订的保留时间</translation>
    </message>
    <message>
        <source>give a rate below the clerk&apos;s limit</source>
        <translation>给出低于前台权限的房价</translation>
    </message>
    <message>
        <source>post a discount or reversal above the clerk&apos;s limit</source>
        <translation>入账超出前台权限的折扣或冲账</translation>
    </message>
    <message>
        <source>see a guest&apos;s full ID number</source>
        <translation>查看客人完整证件号码</translation>
    </message>
    <message>
        <source>close a shift that nobody accepted</source>
        <translation>结束无人接班的班次</translation>
    </message>
    <message>
        <source>log and handle complaints</source>
        <translation>登记和处理投诉</translation>
    </message>
    <message>
        <source>approve compensation above the clerk&apos;s limit</source>
        <translation>批准超出前台权限的补偿</translation>
    </message>
    <message>
        <source>acknowledge a major complaint&apos;s alert</source>
        <translation>确认重大投诉提醒</translation>
    </message>
    <message>
        <source>close the business day</source>
        <translation>进行日结</translation>
    </message>
    <message>
        <source>export or purge guests&apos; personal data</source>
        <translation>导出或清除客人个人资料</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the hotel settings</source>
        <translation>修改酒店设置</translation>
    </message>
    <message>
        <source>Front-desk clerk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Housekeeping lead</source>
        <translation>客房部主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}. Ask a manager.</source>
        <translation>{user}（{role}）无权{action}，请联系经理。</translation>
    </message>
    <message>
        <source>Vacant inspected</source>
        <translation>已检查空房</translation>
    </message>
    <message>
        <source>Vacant clean</source>
        <translation>空净房</translation>
    </message>
    <message>
        <source>Vacant dirty</source>
        <translation>空脏房</translation>
    </message>
    <message>
        <source>Occupied clean</source>
        <translation>住净房</translation>
    </message>
    <message>
        <source>Occupied dirty</source>
        <translation>住脏房</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>维修房</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用房</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>脏房</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>干净</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>The report has no rooms; tick what housekeeping found.</source>
        <translation>报告中没有房间，请勾选客房部查到的情况。</translation>
    </message>
    <message>
        <source>Given in kind; nothing is posted to a folio.</source>
        <translation>以实物给予；不入账。</translation>
    </message>
    <message>
        <source>The complaint is linked to no stay, so nothing was posted to a folio; give it by other means.</source>
        <translation>该投诉未关联住店记录，因此未入账；请通过其他方式给予。</translation>
    </message>
    <message>
        <source>The guest has checked out, so nothing was posted to the folio; give it by other means.</source>
        <translation>客人已结账离店，因此未入账；请通过其他方式给予。</translation>
    </message>
    <message>
        <source>The stay is not charged, so nothing was posted to its folio.</source>
        <translation>该住店不收费，因此未入账。</translation>
    </message>
    <message>
        <source>Compensation for complaint {number}</source>
        <translation>投诉 {number} 补偿</translation>
    </message>
    <message>
        <source>Choose the kind of compensation.</source>
        <translation>请选择补偿类型。</translation>
    </message>
    <message>
        <source>The compensation</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>what is given</source>
        <translation>补偿内容</translation>
    </message>
    <message>
        <source>Above the clerk&apos;s limit: it waits for a manager&apos;s approval.</source>
        <translation>超出前台权限：等待经理批准。</translation>
    </message>
    <message>
        <source>That compensation no longer exists.</source>
        <translation>该补偿已不存在。</translation>
    </message>
    <message>
        <source>This compensation is {state} already.</source>
        <translation>该补偿的状态已是“{state}”。</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select at least one room first.</source>
        <translation>请先选择至少一个房间。</translation>
    </message>
    <message>
        <source>A selected room no longer exists; refresh the board.</source>
        <translation>所选房间已不存在，请刷新房态图。</translation>
    </message>
    <message>
        <source>Choose a room type.</source>
        <translation>请选择房型。</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾通行证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>the ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>{number} does not look like a {document} number; check it against the document.</source>
        <translation>{number} 不像是{document}号码，请对照证件核对。</translation>
    </message>
    <message>
        <source>The resident ID {number} has {length} characters; a resident ID has 18.</source>
        <translation>身份证号 {number} 有 {length} 位；身份证号应为 18 位。</translation>
    </message>
    <message>
        <source>The resident ID {number} is not valid: 17 digits and a last digit or X.</source>
        <translation>身份证号 {number} 无效：应为 17 位数字加最后一位数字或 X。</translation>
    </message>
    <message>
        <source>The resident ID {number} is not valid: it does not start with a province code. Check the first digits against the card.</source>
        <translation>身份证号 {number} 无效：开头不是省份代码。请对照证件核对前几位。</translation>
    </message>
    <message>
        <source>The resident ID {number} is not valid: digits 7 to 14 are not a possible birth date. Check them against the card.</source>
        <translation>身份证号 {number} 无效：第 7 至 14 位不是有效的出生日期。请对照证件核对。</translation>
    </message>
    <message>
        <source>The resident ID {number} is not valid: the last character does not match the others. Check each digit against the card.</source>
        <translation>身份证号 {number} 无效：最后一位校验码与前面的数字不符。请对照证件逐位核对。</translation>
    </message>
    <message>
        <source>the guest&apos;s name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <source>Write the guest&apos;s real name, as on their ID.</source>
        <translation>请填写客人的真实姓名，与证件一致。</translation>
    </message>
    <message>
        <source>the guest&apos;s phone</source>
        <translation>客人电话</translation>
    </message>
    <message>
        <source>the nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Give the nationality as a three-letter code, such as CHN, HKG, USA.</source>
        <translation>国籍请填三位字母代码，如 CHN、HKG、USA。</translation>
    </message>
    <message>
        <source>A resident ID card belongs to a Chinese citizen: the nationality is CHN.</source>
        <translation>居民身份证持有人为中国公民：国籍应为 CHN。</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人数</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童数</translation>
    </message>
    <message>
        <source>The room sleeps {capacity}; {party} people need a larger room or a second one.</source>
        <translation>该房间最多住 {capacity} 人；{party} 人需要更大的房间或再开一间。</translation>
    </message>
    <message>
        <source>a companion&apos;s name</source>
        <translation>同住人姓名</translation>
    </message>
    <message>
        <source>More names than people in the room: {count} people were registered.</source>
        <translation>姓名比入住人数多：登记的入住人数为 {count} 人。</translation>
    </message>
    <message>
        <source>A {type} room sleeps {capacity}; for {party} people book a larger room type or a second room.</source>
        <translation>{type} 最多可住 {capacity} 人；{party} 人请预订更大的房型或再订一间。</translation>
    </message>
    <message>
        <source>The arrival cannot be before the business date {date}.</source>
        <translation>抵店日期不能早于营业日期 {date}。</translation>
    </message>
    <message>
        <source>Desk takes bookings up to two years ahead; check the arrival date.</source>
        <translation>Desk 最多接受两年内的预订，请检查抵店日期。</translation>
    </message>
    <message>
        <source>The departure must be at least one night after the arrival.</source>
        <translation>离店日期至少要比抵店日期晚一晚。</translation>
    </message>
    <message>
        <source>A reservation can be at most {nights} nights; split a longer stay.</source>
        <translation>一个预订最多 {nights} 晚；更长的住宿请拆分预订。</translation>
    </message>
    <message>
        <source>the booker&apos;s name</source>
        <translation>预订人姓名</translation>
    </message>
    <message>
        <source>the booker&apos;s phone</source>
        <translation>预订人电话</translation>
    </message>
    <message>
        <source>Fill in the booker&apos;s name with their phone.</source>
        <translation>填写预订人电话时，请同时填写预订人姓名。</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The rate must be an amount such as 388.00.</source>
        <translation>房价须为金额，例如 388.00。</translation>
    </message>
    <message>
        <source>The rate must be an amount from 0 to 99,999.99.</source>
        <translation>房价须在 0 至 99,999.99 之间。</translation>
    </message>
    <message>
        <source>A rate below {floor} for {type} ({limit}% under {rate}) needs a manager.</source>
        <translation>{type} 的房价低于 {floor}（比 {rate} 低 {limit}% 以上）需要经理批准。</translation>
    </message>
    <message>
        <source>the reason for overbooking</source>
        <translation>超额预订的原因</translation>
    </message>
    <message>
        <source>{type} is full on {nights}. Offer another room type or date; only a manager can overbook, with a reason.</source>
        <translation>{type} 在 {nights} 已满。请推荐其他房型或日期；只有经理可以填写原因后超额预订。</translation>
    </message>
    <message>
        <source>That reservation no longer exists.</source>
        <translation>该预订已不存在。</translation>
    </message>
    <message>
        <source>{user} changed reservation {confirmation} at {time}, after you opened it. Its current details are shown now; make your change again.</source>
        <translation>在您打开预订 {confirmation} 之后，{user} 于 {time} 修改了它。现在显示的是最新内容，请重新进行修改。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is {state}; it can no longer be changed.</source>
        <translation>预订 {confirmation} 的状态为{state}，已不能修改。</translation>
    </message>
    <message>
        <source>the reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Room night</source>
        <translation>房费</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到房费</translation>
    </message>
    <message>
        <source>Minibar</source>
        <translation>迷你吧</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>洗衣</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话费</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Via staff</source>
        <translation>员工转达</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Dissatisfaction</source>
        <translation>不满</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Free night</source>
        <translation>免一晚房费</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>waiting for a manager</source>
        <translation>待经理审批</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>posted to the folio</source>
        <translation>已入账</translation>
    </message>
    <message>
        <source>repeat complaint within 30 days</source>
        <translation>30 天内重复投诉</translation>
    </message>
    <message>
        <source>media or legal threat</source>
        <translation>扬言找媒体或诉诸法律</translation>
    </message>
    <message>
        <source>claim above the clerk&apos;s limit</source>
        <translation>索赔超出前台权限</translation>
    </message>
    <message>
        <source>marked major</source>
        <translation>手动标为重大</translation>
    </message>
    <message>
        <source>Handler assigned</source>
        <translation>已指定处理人</translation>
    </message>
    <message>
        <source>Escalated to the manager</source>
        <translation>已上报经理</translation>
    </message>
    <message>
        <source>Marked major</source>
        <translation>标为重大</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>书面报告</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>first reply overdue</source>
        <translation>首次回复逾期</translation>
    </message>
    <message>
        <source>resolution overdue</source>
        <translation>解决逾期</translation>
    </message>
    <message>
        <source>written report overdue</source>
        <translation>书面报告逾期</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>押金转结</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation>请选择级别。</translation>
    </message>
    <message>
        <source>The received time needs a time zone.</source>
        <translation>受理时间缺少时区。</translation>
    </message>
    <message>
        <source>The received time cannot be in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The received time is more than 90 days ago; check the date.</source>
        <translation>受理时间在 90 天以前，请检查日期。</translation>
    </message>
    <message>
        <source>An anonymous complaint has no name: clear the name, or untick anonymous.</source>
        <translation>匿名投诉不能填写姓名：请清除姓名，或取消勾选“匿名”。</translation>
    </message>
    <message>
        <source>the phone for a call back</source>
        <translation>回电电话</translation>
    </message>
    <message>
        <source>the complainant&apos;s name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <source>the complainant&apos;s phone</source>
        <translation>投诉人电话</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>what the guest asks for</source>
        <translation>客人诉求</translation>
    </message>
    <message>
        <source>The compensation claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>That stay no longer exists.</source>
        <translation>该住店记录已不存在。</translation>
    </message>
    <message>
        <source>A chosen member of staff no longer exists.</source>
        <translation>所选员工已不存在。</translation>
    </message>
    <message>
        <source>This complaint is about you; log it without a resolution, and a colleague handles it.</source>
        <translation>该投诉涉及您本人；请只登记、不填处理结果，由同事处理。</translation>
    </message>
    <message>
        <source>Choose a handler to resolve the complaint as you log it.</source>
        <translation>要在登记时解决投诉，请选择处理人。</translation>
    </message>
    <message>
        <source>{name} handles complaint {number} and cannot be among the staff it is about; assign another handler first.</source>
        <translation>{name} 是投诉 {number} 的处理人，不能同时是被投诉员工；请先指定其他处理人。</translation>
    </message>
    <message>
        <source>This guest has checked out; the folio is closed.</source>
        <translation>该客人已结账离店，账单已关闭。</translation>
    </message>
    <message>
        <source>A {what} of {amount} is above the clerk&apos;s limit of {limit}; ask a manager.</source>
        <translation>{amount} 的{what}超出前台权限 {limit}，请找经理处理。</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Room nights and no-shows are posted by the day close.</source>
        <translation>房费和未到房费由夜审（日结）自动入账。</translation>
    </message>
    <message>
        <source>The refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The guest has {credit} in credit; a refund cannot be larger. Deposits are refunded at check-out.</source>
        <translation>客人余额仅多付 {credit}，退款不能超过此数。押金在结账时退还。</translation>
    </message>
    <message>
        <source>That folio line no longer exists.</source>
        <translation>该账目已不存在。</translation>
    </message>
    <message>
        <source>This line is itself a reversal; post the entry again instead.</source>
        <translation>这一笔本身就是冲账；请重新入账。</translation>
    </message>
    <message>
        <source>This line has been reversed already.</source>
        <translation>这一笔已经冲过账了。</translation>
    </message>
    <message>
        <source>This deposit was applied or refunded; reverse that first.</source>
        <translation>这笔押金已转结或退还，请先冲销那一笔。</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>冲账</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is guaranteed; it is held all night.</source>
        <translation>预订 {confirmation} 为担保预订，整晚保留。</translation>
    </message>
    <message>
        <source>The hold of {confirmation} was extended once already; a reservation gets one extension.</source>
        <translation>预订 {confirmation} 的保留时间已延长过一次；每个预订只能延长一次。</translation>
    </message>
    <message>
        <source>A hold can be extended to {latest} at the latest.</source>
        <translation>保留时间最晚只能延长到 {latest}。</translation>
    </message>
    <message>
        <source>The new hold time must be later than {time}.</source>
        <translation>新的保留时间必须晚于 {time}。</translation>
    </message>
    <message>
        <source>The hold of {confirmation} has passed; the room was released. Book again if a room is free.</source>
        <translation>预订 {confirmation} 已过保留时间，房间已释放。如仍有空房，请重新预订。</translation>
    </message>
    <message>
        <source>Room {rooms} is dirty; mark it clean before inspecting it.</source>
        <translation>{rooms} 房是脏房，请先标为干净再检查。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are dirty; mark them clean before inspecting them.</source>
        <translation>{rooms} 房是脏房，请先标为干净再检查。</translation>
    </message>
    <message>
        <source>The period cannot start before the business date {date}.</source>
        <translation>开始日期不能早于营业日期 {date}。</translation>
    </message>
    <message>
        <source>The return date must be after the start date.</source>
        <translation>恢复日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>A period can last at most {days} days; enter a nearer return date.</source>
        <translation>停用期最长 {days} 天，请输入更近的恢复日期。</translation>
    </message>
    <message>
        <source>Room {rooms} is occupied in that period; move or check out the guest first.</source>
        <translation>{rooms} 房在此期间有客人入住，请先换房或办理退房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are occupied in that period; move or check out the guests first.</source>
        <translation>{rooms} 房在此期间有客人入住，请先换房或办理退房。</translation>
    </message>
    <message>
        <source>Room {room} is assigned to reservation {confirmation} arriving {date}; assign that reservation another room first.</source>
        <translation>{room} 房已分配给 {date} 到店的预订 {confirmation}，请先为该预订另排房间。</translation>
    </message>
    <message>
        <source>Room {rooms} is already out of order or out of service in that period.</source>
        <translation>{rooms} 房在此期间已是维修房或停用房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are already out of order or out of service in that period.</source>
        <translation>{rooms} 房在此期间已是维修房或停用房。</translation>
    </message>
    <message>
        <source>Room {rooms} is not out of order or out of service.</source>
        <translation>{rooms} 房不是维修房或停用房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are not out of order or out of service.</source>
        <translation>{rooms} 房不是维修房或停用房。</translation>
    </message>
    <message>
        <source>This database has no hotel yet; run &apos;desk init&apos; or &apos;desk demo&apos;.</source>
        <translation>此数据库中还没有酒店，请运行 &apos;desk init&apos; 或 &apos;desk demo&apos;。</translation>
    </message>
    <message>
        <source>Please fill in {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>{field} contains control characters; please retype it.</source>
        <translation>{field}包含控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {limit} characters.</source>
        <translation>{field}过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{value} is not a phone number. Type a mobile such as 138 1234 5678, a landline with its area code, or an international number starting with +.</source>
        <translation>{value} 不是有效的电话号码。请输入手机号（如 138 1234 5678）、带区号的固定电话，或以 + 开头的国际号码。</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {minimum} to {maximum}.</source>
        <translation>{field}必须是 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <source>{field} must be an amount such as 388.00.</source>
        <translation>{field}必须是金额，例如 388.00。</translation>
    </message>
    <message>
        <source>{field} has more than two decimals.</source>
        <translation>{field}的小数超过两位。</translation>
    </message>
    <message>
        <source>{field} is too large: at most {limit}.</source>
        <translation>{field}过大：最多 {limit}。</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <source>{field} must be more than zero.</source>
        <translation>{field}必须大于零。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>released (hold passed)</source>
        <translation>已释放（超过保留时间）</translation>
    </message>
    <message>
        <source>in house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Daily occupancy</source>
        <translation>每日出租率</translation>
    </message>
    <message>
        <source>Daily statistics</source>
        <translation>每日统计</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>客房</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>Occupancy, out of order deducted</source>
        <translation>出租率（扣除维修房）</translation>
    </message>
    <message>
        <source>ADR</source>
        <translation>平均房价</translation>
    </message>
    <message>
        <source>RevPAR</source>
        <translation>每间可售房收入</translation>
    </message>
    <message>
        <source>Days with figures</source>
        <translation>有数据的天数</translation>
    </message>
    <message>
        <source>STR / USALI</source>
        <translation>STR / USALI</translation>
    </message>
    <message>
        <source>Rooms available</source>
        <translation>可售房数</translation>
    </message>
    <message>
        <source>Rooms sold (paid overnight and day use)</source>
        <translation>已售房数（付费过夜及日用房）</translation>
    </message>
    <message>
        <source>Rooms revenue (room, day use, no-show)</source>
        <translation>客房收入（房费、日用房、未到）</translation>
    </message>
    <message>
        <source>Occupancy (sold / available)</source>
        <translation>出租率（已售 / 可售）</translation>
    </message>
    <message>
        <source>ADR (rooms revenue / sold)</source>
        <translation>平均房价（客房收入 / 已售）</translation>
    </message>
    <message>
        <source>RevPAR (rooms revenue / available)</source>
        <translation>每间可售房收入（客房收入 / 可售）</translation>
    </message>
    <message>
        <source>Operational: out-of-order rooms deducted (not STR / USALI)</source>
        <translation>运营口径：扣除维修房（非 STR / USALI）</translation>
    </message>
    <message>
        <source>Rooms available less out of order</source>
        <translation>可售房数减维修房</translation>
    </message>
    <message>
        <source>RevPAR, out of order deducted</source>
        <translation>每间可售房收入（扣除维修房）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>当日</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>STR / USALI: out-of-order rooms stay in rooms available; complimentary and house-use rooms are not sold; day use is sold and its revenue counted; no-show revenue is rooms revenue, the room is not sold.</source>
        <translation>STR / USALI：维修房仍计入可售房数；免费房和自用房不算已售；日用房算已售，其收入计入；未到房费计入客房收入，但该房不算已售。</translation>
    </message>
    <message>
        <source>Month and year to date are sums over the daily statistics sheet (closed days as frozen at their close), divided: never averaged percentages. Revenue is net of tax.</source>
        <translation>本月和本年累计由“每日统计”表逐日求和后再相除（已日结的日期取日结时冻结的数据），而不是百分比的平均。收入均不含税。</translation>
    </message>
    <message>
        <source>Occupancy, last 30 days</source>
        <translation>近 30 天出租率</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空房</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>前台状态</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Out of order or service</source>
        <translation>维修/停用</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>住店类型</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>入住时间</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>已退房</translation>
    </message>
    <message>
        <source>not checked out</source>
        <translation>未退房</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>退房时间</translation>
    </message>
    <message>
        <source>due out, not checked out</source>
        <translation>预离未退房</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>押金余额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>not guaranteed</source>
        <translation>非担保</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>预付订金</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客上门</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>hotel website</source>
        <translation>酒店官网</translation>
    </message>
    <message>
        <source>travel agent</source>
        <translation>旅行社</translation>
    </message>
    <message>
        <source>online travel agency</source>
        <translation>在线旅行社（OTA）</translation>
    </message>
    <message>
        <source>That guest no longer exists.</source>
        <translation>该客人记录已不存在。</translation>
    </message>
    <message>
        <source>Someone changed this stay after you opened it; its current details are shown now. Make your change again.</source>
        <translation>您打开后有人修改了此住店记录；现在显示的是最新内容。请重新操作。</translation>
    </message>
    <message>
        <source>the reason for the move</source>
        <translation>换房原因</translation>
    </message>
    <message>
        <source>The guest is in that room already.</source>
        <translation>客人已经住在该房间。</translation>
    </message>
    <message>
        <source>That room no longer exists.</source>
        <translation>该房间已不存在。</translation>
    </message>
    <message>
        <source>{type} is fully booked on {nights}; choose a room of another type.</source>
        <translation>{type} 在 {nights} 已订满，请选择其他房型的房间。</translation>
    </message>
    <message>
        <source>The departure cannot be before today ({date}).</source>
        <translation>离店日期不能早于今天（{date}）。</translation>
    </message>
    <message>
        <source>Room {room} is free, but its type is fully booked on {nights}; a manager can overbook, or move the guest.</source>
        <translation>{room} 房空着，但该房型在 {nights} 已订满；可由经理超订，或为客人换房。</translation>
    </message>
    <message>
        <source>Room {room} is of another type; confirm the change of room type to assign it.</source>
        <translation>{room} 房属于其他房型；请确认更改房型后再分配。</translation>
    </message>
    <message>
        <source>Room {room} is occupied until {date}; choose another room.</source>
        <translation>{room} 房在 {date} 之前有人住，请选择其他房间。</translation>
    </message>
    <message>
        <source>Room {room} is assigned to reservation {confirmation} from {arrival} to {departure}; choose another room.</source>
        <translation>{room} 房已分配给预订 {confirmation}（{arrival} 至 {departure}），请选择其他房间。</translation>
    </message>
    <message>
        <source>Room {room} is out of order from {start} to {end} ({reason}); choose another room.</source>
        <translation>{room} 房在 {start} 至 {end} 为维修房（{reason}），请选择其他房间。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is not expected any more; only confirmed reservations get rooms.</source>
        <translation>预订 {confirmation} 已不再预期抵店；只有已确认的预订才能分配房间。</translation>
    </message>
    <message>
        <source>Room {room}&apos;s type is fully booked on {nights}; choose a room of the reserved type.</source>
        <translation>{room} 房的房型在 {nights} 已订满，请选择所订房型的房间。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: back it up there with pg_dump (see the README).</source>
        <translation>此数据库在 PostgreSQL 服务器上：请在服务器上用 pg_dump 备份（见 README）。</translation>
    </message>
    <message>
        <source>Keep backups for at least one day.</source>
        <translation>备份至少保留一天。</translation>
    </message>
    <message>
        <source>Keep backups for at most {days} days.</source>
        <translation>备份最多保留 {days} 天。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a Desk backup (not a SQLite database).</source>
        <translation>{file} 不是 Desk 备份（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>{file} is damaged or not a Desk backup.</source>
        <translation>{file} 已损坏或不是 Desk 备份。</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); choose an older backup.</source>
        <translation>{file} 已损坏（{problem}），请选择更早的备份。</translation>
    </message>
    <message>
        <source>{file} holds no hotel; it is not a Desk backup.</source>
        <translation>{file} 中没有酒店数据，不是 Desk 备份。</translation>
    </message>
    <message>
        <source>{file} was written by a newer Desk (schema {revision}); update Desk before restoring it.</source>
        <translation>{file} 由更新版本的 Desk 写入（结构版本 {revision}）；请先升级 Desk 再恢复。</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Rooms in the hotel</source>
        <translation>酒店客房总数</translation>
    </message>
    <message>
        <source>Sold (paid overnight)</source>
        <translation>已售（付费过夜）</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>免费房</translation>
    </message>
    <message>
        <source>House use</source>
        <translation>自用房</translation>
    </message>
    <message>
        <source>Day use</source>
        <translation>日用房</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>抵店</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>离店</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Guests in house</source>
        <translation>在住人数</translation>
    </message>
    <message>
        <source>Room revenue, net of tax</source>
        <translation>房费收入（不含税）</translation>
    </message>
    <message>
        <source>Day-use revenue</source>
        <translation>日用房收入</translation>
    </message>
    <message>
        <source>No-show revenue</source>
        <translation>未到房费收入</translation>
    </message>
    <message>
        <source>Other revenue, net of tax</source>
        <translation>其他收入（不含税）</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>as they stood when the day was closed: guests in house then, housekeeping as last recorded that day, rooms blocked that day</source>
        <translation>按日结时的状态：当时的在住客人、当天最后记录的清扫状态、当天停用的房间</translation>
    </message>
    <message>
        <source>as they stand now (the day is open)</source>
        <translation>按当前状态（当日未日结）</translation>
    </message>
    <message>
        <source>Rooms and guests</source>
        <translation>客房与客人</translation>
    </message>
    <message>
        <source>closed {time} by {user}</source>
        <translation>{user} 于 {time} 日结</translation>
    </message>
    <message>
        <source>open: figures as they stand at {time}</source>
        <translation>未日结：截至 {time} 的数据</translation>
    </message>
    <message>
        <source>Room {room} is out of order ({reason}). Ready rooms of this type: {ready}.</source>
        <translation>{room} 房为维修房（{reason}）。该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>Room {room} is occupied. Ready rooms of this type: {ready}.</source>
        <translation>{room} 房有人入住。该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>Room {room} is dirty; have it cleaned or choose another room. Ready rooms of this type: {ready}.</source>
        <translation>{room} 房是脏房，请安排清扫或另选房间。该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>Room {room} is clean but not inspected yet, and this hotel gives guests inspected rooms only. Ready rooms of this type: {ready}.</source>
        <translation>{room} 房已清扫但尚未查房，本酒店只安排已查房的房间入住。该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>Room {room} is not free for this stay: {problem} Ready rooms of this type: {ready}.</source>
        <translation>{room} 房在此住店期间不空闲：{problem} 该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>This reservation is no longer expected (cancelled, no-show or already checked in).</source>
        <translation>该预订已不在预抵之列（已取消、未到或已入住）。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} arrives on {date}; change its arrival date first to check in today.</source>
        <translation>预订 {confirmation} 的抵店日期是 {date}；要今天入住，请先修改抵店日期。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} ended on {date}; extend it or check in as a walk-in.</source>
        <translation>预订 {confirmation} 已于 {date} 结束；请延住或按散客入住。</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>请选择房间。</translation>
    </message>
    <message>
        <source>Give the departure date.</source>
        <translation>请填写离店日期。</translation>
    </message>
    <message>
        <source>The departure must be after today, or choose day use.</source>
        <translation>离店日期必须晚于今天，或选择日用房。</translation>
    </message>
    <message>
        <source>A stay can be at most {nights} nights.</source>
        <translation>一次住店最多 {nights} 晚。</translation>
    </message>
    <message>
        <source>{type} is fully booked on {nights}; this room is promised to reservations. Choose a room of another type.</source>
        <translation>{type} 在 {nights} 已订满，该房间已留给预订客人。请选择其他房型的房间。</translation>
    </message>
    <message>
        <source>The rate</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Take a deposit: every room needs one unless the stay is complimentary or house use.</source>
        <translation>请收押金：除免费房和自用房外，每间房都要收押金。</translation>
    </message>
    <message>
        <source>The deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <source>{amount} is still owed (charges less payments and the deposit). Take a payment of {amount} to check out.</source>
        <translation>尚欠 {amount}（消费减去已付款和押金）。请收款 {amount} 后结账。</translation>
    </message>
    <message>
        <source>The guest paid {amount} more than the bill. Refund {amount} (or reverse the extra payment) to check out.</source>
        <translation>客人多付了 {amount}。请退款 {amount}（或冲销多收的款项）后再结账。</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>the search text</source>
        <translation>搜索文字</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>营业日期</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No password for {user}: set DESK_PASSWORD, or run this at a terminal.</source>
        <translation>没有 {user} 的密码：请设置 DESK_PASSWORD，或在终端中运行。</translation>
    </message>
    <message>
        <source>the holiday&apos;s name</source>
        <translation>节假日名称</translation>
    </message>
    <message>
        <source>{date} is listed already, as {name}.</source>
        <translation>{date} 已在列表中（{name}）。</translation>
    </message>
    <message>
        <source>{date} is not a listed holiday.</source>
        <translation>{date} 不在节假日列表中。</translation>
    </message>
    <message>
        <source>Complaint {number} is not resolved; the follow-up call comes after the resolution.</source>
        <translation>投诉 {number} 尚未解决；解决之后才能回访。</translation>
    </message>
    <message>
        <source>the guest&apos;s words</source>
        <translation>客人原话</translation>
    </message>
    <message>
        <source>Choose how satisfied the guest is, from 1 to 5.</source>
        <translation>请选择客人的满意度（1 至 5）。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>A guest who was not reached gives no satisfaction score.</source>
        <translation>未联系上的客人没有满意度评分。</translation>
    </message>
    <message>
        <source>why no follow-up was possible</source>
        <translation>无法回访的原因</translation>
    </message>
    <message>
        <source>Complaint {number} needs its follow-up call before closing, or the reason why no follow-up was possible.</source>
        <translation>投诉 {number} 关闭前须先回访，或填写无法回访的原因。</translation>
    </message>
    <message>
        <source>Complaint {number} is major: attach its written report before closing it.</source>
        <translation>投诉 {number} 为重大投诉：关闭前请提交书面报告。</translation>
    </message>
    <message>
        <source>Choose an active member of staff as the handler.</source>
        <translation>请选择一名账号有效的员工作为处理人。</translation>
    </message>
    <message>
        <source>{name} ({role}) does not handle complaints; choose a front-desk clerk or a manager.</source>
        <translation>{name}（{role}）不处理投诉；请选择前台接待或经理。</translation>
    </message>
    <message>
        <source>{name} is among the staff this complaint is about, and nobody handles a complaint about themselves. Choose another handler.</source>
        <translation>{name} 是该投诉的被投诉员工，任何人都不能处理针对自己的投诉。请选择其他处理人。</translation>
    </message>
    <message>
        <source>Disputes and incidents are handled by a manager; choose a manager as the handler.</source>
        <translation>纠纷和事件由经理处理；请选择一名经理作为处理人。</translation>
    </message>
    <message>
        <source>{name} handles complaint {number} already.</source>
        <translation>{name} 已是投诉 {number} 的处理人。</translation>
    </message>
    <message>
        <source>{field} needs a time zone.</source>
        <translation>{field}缺少时区。</translation>
    </message>
    <message>
        <source>{field} cannot be in the future.</source>
        <translation>{field}不能晚于现在。</translation>
    </message>
    <message>
        <source>{field} cannot be before the complaint came in.</source>
        <translation>{field}不能早于投诉受理时间。</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>what was promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <source>The time the guest was told</source>
        <translation>告知客人的时间</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Assign a handler to complaint {number} before resolving it.</source>
        <translation>请先为投诉 {number} 指定处理人，再解决。</translation>
    </message>
    <message>
        <source>Compensation for complaint {number} waits for a manager&apos;s approval; it must be approved or refused before resolving.</source>
        <translation>投诉 {number} 的补偿正等待经理审批；须先批准或拒绝，才能解决投诉。</translation>
    </message>
    <message>
        <source>the reason for reopening</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>why it is major</source>
        <translation>重大的原因</translation>
    </message>
    <message>
        <source>Complaint {number} is marked major already.</source>
        <translation>投诉 {number} 已标为重大投诉。</translation>
    </message>
    <message>
        <source>Complaint {number} is not major; it needs no written report.</source>
        <translation>投诉 {number} 不是重大投诉，无需书面报告。</translation>
    </message>
    <message>
        <source>The report on complaint {number} is written already; add what follows to its log.</source>
        <translation>投诉 {number} 的报告已提交；后续情况请记入处理记录。</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Only a manager can acknowledge a complaint alert.</source>
        <translation>只有经理可以确认投诉提醒。</translation>
    </message>
    <message>
        <source>Complaint {number} has no alert waiting.</source>
        <translation>投诉 {number} 没有待确认的提醒。</translation>
    </message>
    <message>
        <source>That complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>{number} {category}{room}: {summary} (due {due})</source>
        <translation>{number} {category}{room}：{summary}（截止 {due}）</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Weekly complaint report</source>
        <translation>投诉周报</translation>
    </message>
    <message>
        <source>Monthly complaint report</source>
        <translation>投诉月报</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Hours to first reply</source>
        <translation>首次回复用时（小时）</translation>
    </message>
    <message>
        <source>Hours to resolution</source>
        <translation>解决用时（小时）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>满意度（1-5）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>首次回复用时中位数（小时）</translation>
    </message>
    <message>
        <source>Median hours to resolution</source>
        <translation>解决用时中位数（小时）</translation>
    </message>
    <message>
        <source>Overdue (resolved late, or late now)</source>
        <translation>逾期（解决超时或目前已超时）</translation>
    </message>
    <message>
        <source>Compensation granted</source>
        <translation>已给予补偿</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>平均满意度（1-5）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>按级别</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; reopen it to work on it again.</source>
        <translation>投诉 {number} 当前为{status}；如需继续处理，请重新打开。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only an open, in-progress or reopened complaint can be resolved.</source>
        <translation>投诉 {number} 当前为{status}；只有未结、处理中或已重新打开的投诉才能解决。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a resolved complaint can be closed.</source>
        <translation>投诉 {number} 当前为{status}；只有已解决的投诉才能关闭。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a resolved or closed complaint can be reopened.</source>
        <translation>投诉 {number} 当前为{status}；只有已解决或已关闭的投诉才能重新打开。</translation>
    </message>
    <message>
        <source>Someone changed complaint {number} after you opened it. Its current details are shown now; make your change again.</source>
        <translation>在您打开投诉 {number} 之后有人修改了它。现在显示的是最新内容，请重新进行修改。</translation>
    </message>
    <message>
        <source>Complaint {number} is closed; reopen it first.</source>
        <translation>投诉 {number} 已关闭；请先重新打开。</translation>
    </message>
    <message>
        <source>You are among the staff complaint {number} is about; a colleague must handle it.</source>
        <translation>您是投诉 {number} 的被投诉员工；须由同事处理。</translation>
    </message>
    <message>
        <source>Other workstations are logging complaints at this moment; try again.</source>
        <translation>其他工作站正在登记投诉，请重试。</translation>
    </message>
    <message>
        <source>Arrival not checked in</source>
        <translation>预抵未入住</translation>
    </message>
    <message>
        <source>Guaranteed arrival not arrived (charged as a no-show)</source>
        <translation>担保预抵未到（按未到收费）</translation>
    </message>
    <message>
        <source>Departure not checked out</source>
        <translation>预离未退房</translation>
    </message>
    <message>
        <source>Shift not handed over</source>
        <translation>班次未交班</translation>
    </message>
    <message>
        <source>Complaint due</source>
        <translation>投诉到期</translation>
    </message>
    <message>
        <source>{date} is closed already; the business date is now {current}.</source>
        <translation>{date} 已日结；当前营业日期为 {current}。</translation>
    </message>
    <message>
        <source>Only the current business date ({current}) can be closed.</source>
        <translation>只能对当前营业日期（{current}）进行日结。</translation>
    </message>
    <message>
        <source>{count} items on the checklist are still open. Deal with them, or give the reason for closing anyway.</source>
        <translation>检查清单上还有 {count} 项未结。请处理，或填写原因后仍然日结。</translation>
    </message>
    <message>
        <source>Writing the occupancy workbook</source>
        <translation>正在生成出租率报表</translation>
    </message>
    <message>
        <source>Writing the settlement workbook</source>
        <translation>正在生成结算报表</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <source>Closing the day</source>
        <translation>正在日结</translation>
    </message>
    <message>
        <source>{date} is after the business date ({current}): there is nothing to export for it yet.</source>
        <translation>{date} 晚于营业日期（{current}）：还没有可导出的内容。</translation>
    </message>
    <message>
        <source>No-show charge</source>
        <translation>未到房费</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易明细</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Reverses line</source>
        <translation>冲销序号</translation>
    </message>
    <message>
        <source>Total of the rows shown</source>
        <translation>所显示行合计</translation>
    </message>
    <message>
        <source>Cashier shifts</source>
        <translation>收银班次</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>现金支出</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Over (+) or short (-)</source>
        <translation>长款（+）/短款（-）</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>open, not handed over</source>
        <translation>当班中，未交班</translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation>按付款方式的收款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Charges by type</source>
        <translation>按项目的消费</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Charges to guest folios</source>
        <translation>记入客人账单的消费</translation>
    </message>
    <message>
        <source>No-show charges (to the guarantee)</source>
        <translation>未到房费（向担保方收取）</translation>
    </message>
    <message>
        <source>Total charges</source>
        <translation>消费总计</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Held at start</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收取</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>抵扣</translation>
    </message>
    <message>
        <source>Held at end</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Payments by method</source>
        <translation>按方式的收款</translation>
    </message>
    <message>
        <source>Received (transactions)</source>
        <translation>收款（交易明细）</translation>
    </message>
    <message>
        <source>Refunded (transactions)</source>
        <translation>退款（交易明细）</translation>
    </message>
    <message>
        <source>Net (transactions)</source>
        <translation>净额（交易明细）</translation>
    </message>
    <message>
        <source>Net (takings)</source>
        <translation>净额（收款汇总）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Opening balance (every line before the date)</source>
        <translation>期初余额（该日期之前的所有账目）</translation>
    </message>
    <message>
        <source>+ Charges to guest folios</source>
        <translation>+ 记入客人账单的消费</translation>
    </message>
    <message>
        <source>- Payments</source>
        <translation>- 收款</translation>
    </message>
    <message>
        <source>+ Refunds</source>
        <translation>+ 退款</translation>
    </message>
    <message>
        <source>- Deposits applied</source>
        <translation>- 押金抵扣</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Closing balance computed by Desk</source>
        <translation>Desk 计算的期末余额</translation>
    </message>
    <message>
        <source>Charges by type less the charges in the transactions</source>
        <translation>按项目消费减交易明细中的消费</translation>
    </message>
    <message>
        <source>Deposits held at the end</source>
        <translation>期末押金余额</translation>
    </message>
    <message>
        <source>Deposits held at the end, computed by Desk</source>
        <translation>Desk 计算的期末押金余额</translation>
    </message>
    <message>
        <source>Guest ledger and deposits</source>
        <translation>客账与押金</translation>
    </message>
    <message>
        <source>A hold can only be extended to a time after the usual hold time.</source>
        <translation>保留时间只能延长到常规保留时间之后。</translation>
    </message>
    <message>
        <source>The clerk&apos;s compensation limit</source>
        <translation>前台补偿权限</translation>
    </message>
    <message>
        <source>The clerk&apos;s adjustment limit</source>
        <translation>前台调整权限</translation>
    </message>
    <message>
        <source>The clerk&apos;s rate discount</source>
        <translation>前台房价折扣</translation>
    </message>
    <message>
        <source>A discount is at most 100 percent.</source>
        <translation>折扣最多为 100%。</translation>
    </message>
    <message>
        <source>The keeping period in days</source>
        <translation>保留天数</translation>
    </message>
    <message>
        <source>The idle time before locking</source>
        <translation>锁定前的闲置时间</translation>
    </message>
    <message>
        <source>The days backups are kept</source>
        <translation>备份保留天数</translation>
    </message>
    <message>
        <source>No keeping period is set, so guest data is kept. Set one in the settings first.</source>
        <translation>未设置保留期限，客人资料将一直保留。请先在设置中设置期限。</translation>
    </message>
    <message>
        <source>guaranteed</source>
        <translation>已担保</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>due out</source>
        <translation>今日预离</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>维修房</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>停用房</translation>
    </message>
    <message>
        <source>The cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>{value} is not a note or coin.</source>
        <translation>{value} 不是有效的纸币或硬币面额。</translation>
    </message>
    <message>
        <source>The number of pieces</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The notes and coins add up to {summed}, not {total}; please recount.</source>
        <translation>各面额合计为 {summed}，而不是 {total}，请重新清点。</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Guest request</source>
        <translation>客人需求</translation>
    </message>
    <message>
        <source>Staff or schedule change</source>
        <translation>人员或排班变动</translation>
    </message>
    <message>
        <source>The time of the entry has no time zone.</source>
        <translation>记录时间缺少时区。</translation>
    </message>
    <message>
        <source>An entry&apos;s time must be within the last two days, not in the future.</source>
        <translation>记录时间须在过去两天之内，且不能晚于现在。</translation>
    </message>
    <message>
        <source>Open a shift at this workstation before writing the duty log.</source>
        <translation>请先在本工作站开班，再填写值班日志。</translation>
    </message>
    <message>
        <source>That room does not exist.</source>
        <translation>该房间不存在。</translation>
    </message>
    <message>
        <source>That duty-log entry no longer exists.</source>
        <translation>该值班日志记录已不存在。</translation>
    </message>
    <message>
        <source>This entry is closed already.</source>
        <translation>该记录已关闭。</translation>
    </message>
    <message>
        <source>Only a major incident takes a written report; close this entry with what was done.</source>
        <translation>只有重大事件需要书面报告；请填写处理结果来关闭此记录。</translation>
    </message>
    <message>
        <source>A major incident stays open until its written report is attached.</source>
        <translation>重大事件在提交书面报告之前保持未结。</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Arrivals still due</source>
        <translation>待抵店</translation>
    </message>
    <message>
        <source>Departures still due</source>
        <translation>待离店</translation>
    </message>
    <message>
        <source>Guests in house (rooms)</source>
        <translation>在住客房（间）</translation>
    </message>
    <message>
        <source>Vacant dirty rooms</source>
        <translation>空脏房</translation>
    </message>
    <message>
        <source>Occupied dirty rooms</source>
        <translation>住脏房</translation>
    </message>
    <message>
        <source>Rooms out of order</source>
        <translation>维修房</translation>
    </message>
    <message>
        <source>Complaints open</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Complaints overdue</source>
        <translation>逾期投诉</translation>
    </message>
    <message>
        <source>Duty-log items open</source>
        <translation>未结值班事项</translation>
    </message>
    <message>
        <source>Float at the start</source>
        <translation>开班备用金</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <source>Cash paid out</source>
        <translation>现金支出</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Float handed over</source>
        <translation>交接备用金</translation>
    </message>
    <message>
        <source>Cash dropped to the safe</source>
        <translation>投缴保险箱现金</translation>
    </message>
    <message>
        <source>Non-cash takings</source>
        <translation>非现金收款</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>押金余额</translation>
    </message>
    <message>
        <source>Drawer count (outgoing)</source>
        <translation>钱箱清点（交班）</translation>
    </message>
    <message>
        <source>Float recount (incoming)</source>
        <translation>备用金复点（接班）</translation>
    </message>
    <message>
        <source>Difficult issues</source>
        <translation>疑难问题</translation>
    </message>
    <message>
        <source>Staff changes</source>
        <translation>人员变动</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Manager&apos;s reason</source>
        <translation>经理说明的原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>移交事项</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Shift of (not handed over)</source>
        <translation>当班人（未交班）</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Closed by manager</source>
        <translation>由经理结束</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>That shift no longer exists.</source>
        <translation>该班次已不存在。</translation>
    </message>
    <message>
        <source>No shift is open at this workstation.</source>
        <translation>本工作站没有开班。</translation>
    </message>
    <message>
        <source>the equipment notes</source>
        <translation>设备事项</translation>
    </message>
    <message>
        <source>the difficult issues</source>
        <translation>疑难问题</translation>
    </message>
    <message>
        <source>the staff changes</source>
        <translation>人员变动</translation>
    </message>
    <message>
        <source>the other notes</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <source>An item chosen to carry forward is no longer open; refresh and choose again.</source>
        <translation>所选的移交事项已不再是未结状态；请刷新后重新选择。</translation>
    </message>
    <message>
        <source>The float handed over</source>
        <translation>交接备用金</translation>
    </message>
    <message>
        <source>This shift has been handed over already; it waits for the incoming clerk.</source>
        <translation>该班次已交班，正在等待接班人。</translation>
    </message>
    <message>
        <source>Only the clerk whose shift it is can hand it over.</source>
        <translation>只有当班员工本人才能交班。</translation>
    </message>
    <message>
        <source>The cash is {over_short} by {amount}. Explain it under difficult issues: a difference is not passed on silently.</source>
        <translation>现金{over_short} {amount}。请在“疑难问题”中说明：差额不能不加说明就交接。</translation>
    </message>
    <message>
        <source>over</source>
        <translation>长款</translation>
    </message>
    <message>
        <source>short</source>
        <translation>短款</translation>
    </message>
    <message>
        <source>The float handed over ({float}) cannot be more than the cash counted ({counted}).</source>
        <translation>交接备用金（{float}）不能多于实点现金（{counted}）。</translation>
    </message>
    <message>
        <source>That handover no longer exists.</source>
        <translation>该交班记录已不存在。</translation>
    </message>
    <message>
        <source>This handover is no longer waiting: it was accepted, withdrawn or closed by a manager.</source>
        <translation>该交班已不在等待中：已被接班、撤回或由经理结束。</translation>
    </message>
    <message>
        <source>Only the clerk who handed over can withdraw it.</source>
        <translation>只有交班人本人才能撤回交班。</translation>
    </message>
    <message>
        <source>The float counted</source>
        <translation>清点的备用金</translation>
    </message>
    <message>
        <source>the disagreement</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>The incoming clerk must sign in with their own account: a shift cannot be handed over to the same person.</source>
        <translation>接班人须用自己的账号登录：不能把班交给同一个人。</translation>
    </message>
    <message>
        <source>A handover is accepted at the workstation it was handed over at ({workstation}).</source>
        <translation>须在交班的工作站（{workstation}）接班。</translation>
    </message>
    <message>
        <source>You counted {counted}, but {handed} was handed over. Recount, or write down the disagreement.</source>
        <translation>您清点的是 {counted}，但交接的是 {handed}。请重新清点，或写下异议。</translation>
    </message>
    <message>
        <source>This shift is closed already.</source>
        <translation>该班次已结束。</translation>
    </message>
    <message>
        <source>Count the drawer: a shift that was not handed over is closed with the manager&apos;s count.</source>
        <translation>请清点钱箱：未交班的班次按经理清点的金额结束。</translation>
    </message>
    <message>
        <source>waiting for the incoming clerk</source>
        <translation>等待接班</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接班</translation>
    </message>
    <message>
        <source>closed by a manager</source>
        <translation>由经理结束</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>No shift is open at this workstation ({workstation}). Open a shift on the Shift handover tab, counting the float, before taking or paying out money.</source>
        <translation>本工作站（{workstation}）没有开班。收付款前，请先在“交接班”页清点备用金并开班。</translation>
    </message>
    <message>
        <source>This shift is being handed over and its cash is counted. Withdraw the handover on the Shift handover tab to take or pay out money.</source>
        <translation>本班正在交班，现金已清点。如需收付款，请在“交接班”页撤回交班。</translation>
    </message>
    <message>
        <source>The float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>{clerk} already has a shift open at this workstation; it must be handed over (or closed by a manager) first.</source>
        <translation>{clerk} 在本工作站已有未结束的班次；须先交班（或由经理结束）。</translation>
    </message>
    <message>
        <source>The last shift here handed over a float of {expected}, and you counted {counted}. Write a note on the difference.</source>
        <translation>上一班在此交出备用金 {expected}，您清点的是 {counted}。请就差额写一条说明。</translation>
    </message>
</context>
</TS>
